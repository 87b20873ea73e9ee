namespace NewsNlp.Tagging;

/// <summary>Which feature groups a tagger uses and how large its hashed weight table is; stored in the model file.</summary>
internal sealed record FeatureSettings(int BucketBits, FeatureGroups Groups)
{
    public const int MinBucketBits = 10;
    public const int MaxBucketBits = 21;

    public int BucketCount => 1 << BucketBits;

    public bool Has(FeatureGroups group) => (Groups & group) == group;
}
