namespace NewsNlp.Models;

/// <summary>How a model file stores its weight rows (header flags, see <see cref="ModelFormat"/>).</summary>
internal enum WeightStorage
{
    /// <summary>The tagger's own 16-bit fixed-point units after one float unit: a load copies them as they are, with no
    /// per-weight conversion, and gets exactly the table that was saved. The default.</summary>
    Quantized,

    /// <summary>IEEE single-precision floats, quantized at load.</summary>
    Single,

    /// <summary>IEEE half-precision floats, quantized at load.</summary>
    Half,
}
