using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

/// <summary>Corpus weights, handle dropping and TSV name lists of recipes.</summary>
public sealed class CorpusSpecTests
{
    [Theory]
    [InlineData(1.0, 1)]
    [InlineData(2.0, 2)]
    [InlineData(0.5, 0)]
    [InlineData(1.5, 1)]
    public void A_weight_repeats_the_documents(double weight, int wholePasses)
    {
        var directory = Directory.CreateTempSubdirectory("newsnlp-weight");
        try
        {
            string path = Path.Combine(directory.FullName, "c.iob2");
            File.WriteAllText(path, string.Join("\n\n", Enumerable.Range(0, 4).Select(i => $"Orvel{i}\tB-LOC\nrose\tO")) + "\n");
            var spec = new CorpusSpec { Path = path, Format = "conll", SentencesPerDocument = 1, Weight = weight };

            var corpus = spec.Load(path);

            Assert.Equal((int)Math.Round(4 * weight), corpus.Documents.Count);
            Assert.Equal(wholePasses + (weight % 1 > 0 ? 1 : 0), corpus.Documents.Count(d => d.Text.StartsWith("Orvel0", StringComparison.Ordinal)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(17)]
    public void A_weight_out_of_range_is_an_error(double weight)
    {
        var spec = new CorpusSpec { Path = "unused", Weight = weight };
        var directory = Directory.CreateTempSubdirectory("newsnlp-weight");
        try
        {
            string path = Path.Combine(directory.FullName, "c.iob2");
            File.WriteAllText(path, "Orvel\tB-LOC\n");
            Assert.Throws<FormatException>(() => spec.Load(path));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Handles_and_hashtags_are_dropped_on_request()
    {
        var directory = Directory.CreateTempSubdirectory("newsnlp-handles");
        try
        {
            string path = Path.Combine(directory.FullName, "t.iob2");
            File.WriteAllText(path, "@quillon\tB-PER\nmet\tO\nMarta\tB-PER\nQuillon\tI-PER\nin\tO\n#Orvel\tB-LOC\n");
            var kept = new CorpusSpec { Path = path, DropHandles = false }.Load(path);
            var dropped = new CorpusSpec { Path = path, DropHandles = true }.Load(path);

            var all = Assert.Single(kept.Documents);
            Assert.Equal("@quillon|Marta Quillon|#Orvel", string.Join("|", all.Entities.Select(e => all.Text[e.Start..e.End])));
            var document = Assert.Single(dropped.Documents);
            var entity = Assert.Single(document.Entities);
            Assert.Equal("Marta Quillon", document.Text[entity.Start..entity.End]);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Tsv_name_lists_read_the_chosen_columns_and_split_cells()
    {
        var directory = Directory.CreateTempSubdirectory("newsnlp-tsv");
        try
        {
            string path = Path.Combine(directory.FullName, "orgs.tsv");
            File.WriteAllText(path, "name\ttype\taliases\nCorvane Group\tORGANIZATION/company\tCorvane|CVG\nDravik Bank\tORGANIZATION/company\t\n");

            var names = NameListFile.Read(path, ["name", "aliases"]);

            Assert.Equal(["CVG", "Corvane", "Corvane Group", "Dravik Bank"], names);
            Assert.Throws<FormatException>(() => NameListFile.Read(path, ["tickers"]));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
