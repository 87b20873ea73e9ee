namespace NewsNlp.Models;

/// <summary>Reads the binary model format.</summary>
internal static class ModelReader
{
    public static NewsModel Read(Stream stream) =>
        throw new ModelFormatException("This build reads no model format yet.");
}
