using NewsNlp.Tagging;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

public sealed class NameListGazetteerTests
{
    [Fact]
    public void Whole_names_parts_of_names_and_people_get_their_own_bits()
    {
        var bits = NameListGazetteer.Build(
        [
            new NameList(NameListCategory.Place, ["Velmora", "Port Anselm and Drey", "Ostra-Vell"]),
            new NameList(NameListCategory.FirstName, ["Ilse", "Tomas"]),
            new NameList(NameListCategory.Surname, ["Varga", "Velmora"]),
        ]);

        Assert.Equal(NameListBits.Place | NameListBits.Surname, bits[FeatureExtractor.LowerHash("velmora")]);
        Assert.Equal(NameListBits.PlacePart, bits[FeatureExtractor.LowerHash("port")]);
        Assert.Equal(NameListBits.PlacePart, bits[FeatureExtractor.LowerHash("drey")]);
        Assert.Equal(NameListBits.PlacePart, bits[FeatureExtractor.LowerHash("vell")]);
        Assert.Equal(NameListBits.FirstName, bits[FeatureExtractor.LowerHash("ilse")]);
        Assert.False(bits.ContainsKey(FeatureExtractor.LowerHash("and")));
    }

    [Fact]
    public void Merging_keeps_the_learned_kind_bits()
    {
        ulong key = FeatureExtractor.LowerHash("velmora");
        var learned = new Gazetteer(new Dictionary<ulong, ushort> { [key] = 0b100 });
        var merged = NameListGazetteer.Merge(learned, new Dictionary<ulong, ushort> { [key] = NameListBits.Place });
        Assert.Equal(0b100 | NameListBits.Place, merged.Lookup(key));
        Assert.Equal(0b100, merged.Lookup(key) & NameListBits.KindMask);
    }
}
