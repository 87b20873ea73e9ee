using NewsNlp.Entities;
using NewsNlp.Tagging;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

public sealed class CorpusReaderTests
{
    [Fact]
    public void Conll_reader_joins_tokens_and_keeps_offsets()
    {
        var documents = SyntheticCorpus.Documents();
        var document = Assert.Single(documents);
        foreach (var entity in document.Entities)
        {
            var text = document.Text[entity.Start..entity.End];
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.Equal(text.Trim(), text);
        }

        Assert.Contains(document.Entities, e => e.Kind == EntityKind.Person && document.Text[e.Start..e.End] == "Marta Quillon");
        Assert.Contains(document.Entities, e => e.Kind == EntityKind.Organization && document.Text[e.Start..e.End] == "Corvane Group");
        Assert.Contains("Dravik on Monday.", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IOB1", "Orvel I-LOC Tarn I-LOC stayed O", "Orvel Tarn")]
    [InlineData("IOB2", "Orvel B-LOC Tarn I-LOC stayed O", "Orvel Tarn")]
    [InlineData("IOB1 adjacent", "Orvel I-LOC Tarn B-LOC stayed O", "Orvel|Tarn")]
    public void Iob1_and_iob2_tags_give_the_same_mentions(string name, string tagged, string expected)
    {
        Assert.NotNull(name);
        var documents = ReadConll(tagged, normalize: false);
        var document = Assert.Single(documents);
        Assert.Equal(expected, string.Join("|", document.Entities.Select(e => document.Text[e.Start..e.End])));
    }

    [Theory]
    [InlineData("President B-PER Alon I-PER Mereth I-PER spoke O", "Alon Mereth")]
    [InlineData("Gen. B-PER Tovar I-PER spoke O", "Tovar")]
    [InlineData("Mr. B-PER Tovar B-PER spoke O", "Tovar")]
    [InlineData("Kestria-based B-LOC rebels O spoke O", "Kestria")]
    [InlineData("Orvel-Tarn B-LOC region O", "Orvel-Tarn")]
    [InlineData("sailed O to O the B-LOC Orvel I-LOC Sea I-LOC", "Orvel Sea")]
    [InlineData("troops O in O southern B-LOC Kestria I-LOC", "Kestria")]
    [InlineData("The B-LOC Kestrian I-LOC Isles I-LOC voted O", "The Kestrian Isles")]
    [InlineData("South B-LOC Kestria I-LOC voted O", "South Kestria")]
    [InlineData("the B-PER President I-PER Alon I-PER Mereth I-PER spoke O", "Alon Mereth")]
    public void Normalization_drops_leading_modifiers_titles_and_dependent_tails(string tagged, string expected)
    {
        var document = Assert.Single(ReadConll(tagged, normalize: true));
        var entity = Assert.Single(document.Entities);
        Assert.Equal(expected, document.Text[entity.Start..entity.End]);
    }

    [Fact]
    public void Gmb_csv_reader_maps_gmb_types_and_groups_sentences()
    {
        var directory = Directory.CreateTempSubdirectory("newsnlp-gmb");
        try
        {
            var path = Path.Combine(directory.FullName, "tiny.csv");
            File.WriteAllLines(path,
            [
                "Sentence #,Word,POS,Tag",
                "Sentence: 1,Crews,NNS,O",
                ",reached,VBD,O",
                ",Lomura,NNP,B-geo",
                ",on,IN,O",
                ",Monday,NNP,B-tim",
                ",\"\"\"\",``,O",
                "Sentence: 2,Ilse,NNP,B-per",
                ",Varga,NNP,I-per",
                ",\"1,000\",CD,O",
            ]);
            var document = Assert.Single(new GmbCsvReader().Read(path, LabelMapping.Gmb));
            var mentions = document.Entities.Select(e => (e.Kind, document.Text[e.Start..e.End])).ToList();
            Assert.Equal([(EntityKind.Location, "Lomura"), (EntityKind.Date, "Monday"), (EntityKind.Person, "Ilse Varga")], mentions);
            Assert.Contains("1,000", document.Text, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Gold_labels_follow_our_tokenizer()
    {
        // A corpus token split by our tokenizer keeps the mention over all its pieces.
        var document = new AnnotatedDocument("x", "Crews crossed Orvel-Tarn today.", [new GoldEntity(EntityKind.Location, 14, 24)]);
        var trainer = new NerTrainer(new NerTrainerOptions { Kinds = [EntityKind.Location], BucketBits = 12 });
        var tokens = NewsNlp.Tokenization.NewsTokenizer.Tokenize(document.Text);
        var sentences = NewsNlp.Tokenization.SentenceSplitter.Split(document.Text, tokens);
        var gold = trainer.GoldLabels(document, tokens, sentences, EntityKindSet.Of(EntityKind.Location));
        var labels = new BilouLabels([EntityKind.Location]);
        var names = gold.Select(labels.Name).ToArray();
        Assert.Equal(["O", "O", "B-LOCATION", "I-LOCATION", "L-LOCATION", "O", "O"], names);
    }

    private static List<AnnotatedDocument> ReadConll(string tagged, bool normalize)
    {
        var directory = Directory.CreateTempSubdirectory("newsnlp-conll");
        try
        {
            var path = Path.Combine(directory.FullName, "x.conll");
            var parts = tagged.Split(' ');
            var lines = new List<string>();
            for (int i = 0; i + 1 < parts.Length; i += 2)
            {
                lines.Add($"{parts[i]} NN I-NP {parts[i + 1]}");
            }

            File.WriteAllLines(path, lines);
            return new ConllReader(normalizeMentions: normalize).Read(path, LabelMapping.Standard).ToList();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
