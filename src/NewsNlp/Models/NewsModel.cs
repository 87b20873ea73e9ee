using NewsNlp.Entities;
using NewsNlp.Models.English;
using NewsNlp.Recognition;

namespace NewsNlp.Models;

/// <summary>A trained entity-recognition model: immutable, thread-safe, and shareable between pipelines.</summary>
public sealed class NewsModel
{
    private static readonly Lazy<NewsModel> s_english = new(LoadEnglish, LazyThreadSafetyMode.ExecutionAndPublication);

    internal NewsModel(string name, EntityKindSet kinds, IReadOnlyDictionary<string, string> metadata, IEntityRecognizer recognizer)
    {
        Name = name;
        Kinds = kinds;
        Metadata = metadata;
        Recognizer = recognizer;
    }

    /// <summary>Gets the model's name, as recorded by the trainer.</summary>
    public string Name { get; }

    /// <summary>Gets the entity kinds the model can emit.</summary>
    public EntityKindSet Kinds { get; }

    /// <summary>Gets free-form facts the trainer recorded (recipe, seed, corpus names, dev scores).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Gets the embedded English news model from the <c>NewsNlp.Models.English</c> package, loaded once per process:
    /// the openly licensed model (CC BY-SA 4.0), trained only on corpora whose licences allow commercial use. It finds
    /// people, organizations and places; dates come from the rules. The research-only model, which also finds <c>MISC</c>
    /// names, is <c>EnglishResearchModel.Model</c> in the <c>NewsNlp.Models.English.Research</c> package.</summary>
    /// <exception cref="InvalidOperationException">The embedded model is missing from the <c>NewsNlp.Models.English</c> assembly.</exception>
    public static NewsModel English => s_english.Value;

    internal IEntityRecognizer Recognizer { get; }

    /// <summary>Gets the CRC-32 of the model file's payload (0 for a model built in memory): the key of its confidence
    /// calibration, so a retrained model never borrows another model's table.</summary>
    internal uint PayloadChecksum { get; set; }

    /// <summary>Reads a model from a stream.</summary>
    /// <param name="stream">A readable stream positioned at the start of the model, which ends with it.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelFormatException">The data is truncated, corrupt, followed by other bytes, or of an unsupported version.</exception>
    public static NewsModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelReader.Read(stream);
    }

    /// <summary>Reads a model from a file.</summary>
    /// <param name="path">The model file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ModelFormatException">The data is truncated, corrupt, followed by other bytes, or of an unsupported version.</exception>
    public static NewsModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return ModelReader.Read(stream);
    }

    /// <summary>Reads a model from a stream without blocking the calling thread on I/O.</summary>
    /// <param name="stream">A readable stream positioned at the start of the model, which ends with it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelFormatException">The data is truncated, corrupt, followed by other bytes, or of an unsupported version.</exception>
    public static async Task<NewsModel> LoadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return await ModelReader.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the model in the binary NewsNlp model format; the bytes depend only on the model.</summary>
    /// <param name="stream">A writable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The model has no statistical tagger to save.</exception>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelWriter.Write(this, stream);
    }

    /// <summary>Writes the model to a file in the binary NewsNlp model format, replacing any existing file.</summary>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The model has no statistical tagger to save.</exception>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        ModelWriter.Write(this, stream);
    }

    private static NewsModel LoadEnglish()
    {
        using var stream = EnglishModelResources.OpenModel()
            ?? throw new InvalidOperationException(
                "The embedded English model was not found. Add a reference to the 'NewsNlp.Models.English' package, or load a model with NewsModel.Load.");
        return ModelReader.Read(stream);
    }
}
