namespace NewsNlp.Models;

/// <summary>Thrown when a model file is truncated, corrupt, of an unsupported version or otherwise not a NewsNlp model.</summary>
public sealed class ModelFormatException : Exception
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public ModelFormatException()
        : base("The data is not a valid NewsNlp model.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What is wrong with the model data.</param>
    public ModelFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong with the model data.</param>
    /// <param name="innerException">The underlying error.</param>
    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
