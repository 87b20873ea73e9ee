using NewsNlp.Tagging;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

/// <summary>The explicit mapping from the training's name-list categories to the core's phrase categories, checked both
/// ways, so that a member added to either enum cannot silently shift or drop a category.</summary>
public sealed class PhraseCategoryMappingTests
{
    private static readonly NameListCategory[] s_wordByWord = [NameListCategory.Place, NameListCategory.FirstName, NameListCategory.Surname];

    [Fact]
    public void Word_by_word_categories_map_to_no_phrase_category()
    {
        foreach (var category in s_wordByWord)
        {
            Assert.Null(NameListGazetteer.PhraseCategoryOf(category));
            Assert.False(NameListGazetteer.IsPhraseCategory(category));
        }
    }

    [Fact]
    public void Every_other_name_list_category_maps_to_the_phrase_category_of_the_same_name()
    {
        foreach (var category in Enum.GetValues<NameListCategory>().Except(s_wordByWord))
        {
            var phrase = NameListGazetteer.PhraseCategoryOf(category);
            Assert.True(phrase is not null, $"{category} maps to no phrase category");
            Assert.Equal(category.ToString(), phrase.Value.ToString());
            Assert.True(NameListGazetteer.IsPhraseCategory(category));
        }
    }

    [Fact]
    public void Every_phrase_category_comes_from_exactly_one_name_list_category()
    {
        foreach (var phrase in Enum.GetValues<PhraseCategory>())
        {
            var sources = Enum.GetValues<NameListCategory>().Where(category => NameListGazetteer.PhraseCategoryOf(category) == phrase).ToArray();
            Assert.True(sources.Length == 1, $"{phrase} comes from {sources.Length} name-list categories: {string.Join(", ", sources)}");
        }
    }

    [Fact]
    public void Phrase_categories_fit_the_lexicon_value_bits()
    {
        // Each phrase category is one bit of a lexicon value, inside the category bits (not the prefix bit).
        foreach (var phrase in Enum.GetValues<PhraseCategory>())
        {
            Assert.InRange((int)phrase, 0, 15);
            int bit = 1 << (int)phrase;
            Assert.Equal(bit, bit & PhraseLexicon.CategoryMask);
        }
    }

    [Fact]
    public void An_undefined_category_is_a_clear_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NameListGazetteer.PhraseCategoryOf((NameListCategory)999));
    }

    [Fact]
    public void Phrase_lists_reach_the_lexicon_under_their_own_category()
    {
        var lexicon = NameListGazetteer.BuildPhrases(
        [
            new NameList(NameListCategory.Demonym, ["Velmoran"]),
            new NameList(NameListCategory.Surname, ["Corvane"]),
            new NameList(NameListCategory.Party, ["Corvane"]),
        ]);

        // One-word names: one entry each, valued with their category's bit; the surname list is not a phrase list.
        ushort[] expected = [(ushort)(1 << (int)PhraseCategory.Party), (ushort)(1 << (int)PhraseCategory.Demonym)];
        Assert.Equal(expected.Order(), lexicon.Entries.Select(static entry => entry.Value).Order());
    }
}
