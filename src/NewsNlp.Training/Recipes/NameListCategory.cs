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

    /// <summary>Companies (whole names, matched as phrases like every category below).</summary>
    Company,

    /// <summary>Government bodies: agencies, ministries, departments, committees.</summary>
    Government,

    /// <summary>International organizations.</summary>
    International,

    /// <summary>Political parties.</summary>
    Party,

    /// <summary>Armed forces, security services and militant groups.</summary>
    Armed,

    /// <summary>Universities and colleges.</summary>
    University,

    /// <summary>News outlets.</summary>
    Media,

    /// <summary>People's full names (politicians, leaders).</summary>
    Person,

    /// <summary>Cities and towns.</summary>
    City,

    /// <summary>First-level administrative regions (states, provinces).</summary>
    Region,

    /// <summary>Countries and territories.</summary>
    Country,

    /// <summary>Demonyms and nationality adjectives: evidence of a nationality, not of a place.</summary>
    Demonym,
}
