namespace NewsNlp.Training;

/// <summary>What the names of a <see cref="NameList"/> are.</summary>
public enum NameListCategory
{
    /// <summary>Places: countries, regions, cities.</summary>
    Place,

    /// <summary>Given names of people.</summary>
    FirstName,

    /// <summary>Family names of people.</summary>
    Surname,
}
