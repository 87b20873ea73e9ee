using NewsNlp.Entities;
using NewsNlp.Tagging;

namespace NewsNlp.Training;

/// <summary>Settings of <see cref="NerTrainer"/>.</summary>
public sealed class NerTrainerOptions
{
    /// <summary>Gets or sets the model name recorded in the file. Default: <c>model</c>.</summary>
    public string Name { get; set; } = "model";

    /// <summary>Gets or sets the kinds the model learns. Default: <c>PERSON</c>, <c>ORGANIZATION</c>, <c>LOCATION</c>, <c>MISC</c>.</summary>
    public IReadOnlyList<EntityKind> Kinds { get; set; } = [EntityKind.Person, EntityKind.Organization, EntityKind.Location, EntityKind.Misc];

    /// <summary>Gets or sets the number of passes over the training data. Default: 10.</summary>
    public int Epochs { get; set; } = 10;

    /// <summary>Gets or sets the seed of the document shuffle. Default: 1.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Gets or sets how many training runs are averaged into the model: run <c>r</c> (from 0) shuffles the
    /// documents with seed <see cref="Seed"/> + <c>r</c>, and the model's weights are the mean of the runs' weights. Each
    /// run costs as much as a whole training. Default: 1.</summary>
    public int Runs { get; set; } = 1;

    /// <summary>Gets or sets log2 of the number of rows of the hashed weight table (10 to 21). Default: 18.</summary>
    public int BucketBits { get; set; } = 18;

    /// <summary>Gets or sets whether document-level features are used. Default: <see langword="true"/>.</summary>
    public bool DocumentFeatures { get; set; } = true;

    /// <summary>Gets or sets whether a gazetteer is built from the training data (held out by folds) and used. Default: <see langword="true"/>.</summary>
    public bool Gazetteer { get; set; } = true;

    /// <summary>Gets or sets the number of folds of the held-out gazetteer: a document's features use a list built
    /// from the other folds only. Default: 5.</summary>
    public int GazetteerFolds { get; set; } = 5;

    /// <summary>Gets or sets how often a word must occur as a kind to enter the gazetteer. Default: 2.</summary>
    public int GazetteerMinCount { get; set; } = 2;

    /// <summary>Gets or sets external name lists used as features (they need <see cref="Gazetteer"/>). Default: none.</summary>
    public IReadOnlyList<NameList> NameLists { get; set; } = [];

    /// <summary>Gets or sets whether the kinds the tagger gave the same word earlier in the document are a feature (its
    /// prediction history). Default: <see langword="false"/>.</summary>
    public bool HistoryFeatures { get; set; }

    /// <summary>Gets or sets the share of training sentences rewritten in headline title case (every word but short function
    /// words capitalized, labels kept), so the model learns headlines. Default: 0.</summary>
    public double TitleCaseRate { get; set; }

    /// <summary>Gets or sets word classes to ship in the model and use as features (lower-case word → class number), or
    /// <see langword="null"/> for none.</summary>
    public IReadOnlyDictionary<string, int>? Clusters { get; set; }

    /// <summary>Gets or sets extra facts to record in the model file. Default: none.</summary>
    public IDictionary<string, string> Metadata { get; set; } = new Dictionary<string, string>();
}
