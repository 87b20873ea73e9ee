namespace NewsNlp.Entities;

/// <summary>The kinds of entity NewsNlp recognizes. JSON and other text output use the upper-case labels
/// (<c>PERSON</c>, <c>ORGANIZATION</c>, <c>LOCATION</c>, <c>DATE</c>, <c>MISC</c>), and a custom kind its own label.</summary>
public enum EntityKind : byte
{
    /// <summary>A person: <c>PERSON</c>.</summary>
    Person,

    /// <summary>An organization: companies, agencies, armed groups, teams: <c>ORGANIZATION</c>.</summary>
    Organization,

    /// <summary>A place: countries, cities, regions, geographic features: <c>LOCATION</c>.</summary>
    Location,

    /// <summary>A calendar date expression, absolute or relative: <c>DATE</c>.</summary>
    Date,

    /// <summary>Other names (nationalities, events, products) when the model knows them; off by default: <c>MISC</c>.</summary>
    Misc,

    /// <summary>A kind a dictionary or token pattern defines (<c>WEAPON</c>, <c>PRODUCT</c>); the entity's <c>Label</c> names it.
    /// No model predicts it. See <c>docs/custom-entities.md</c>.</summary>
    Custom,
}
