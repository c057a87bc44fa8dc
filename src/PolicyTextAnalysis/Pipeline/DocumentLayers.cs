namespace PolicyTextAnalysis;

/// <summary>The annotation layers a <see cref="Document"/> can carry; stages declare which they need and add.</summary>
[Flags]
public enum DocumentLayers
{
    /// <summary>No layer: just the text.</summary>
    None = 0,

    /// <summary>Tokens (<see cref="Document.Tokens"/>).</summary>
    Tokens = 1 << 0,

    /// <summary>Sentences (<see cref="Document.Sentences"/>).</summary>
    Sentences = 1 << 1,

    /// <summary>Entity mentions (<see cref="Document.Entities"/>).</summary>
    Entities = 1 << 2,

    /// <summary>Canonical names and clusters on the entity mentions.</summary>
    Resolution = 1 << 3,

    /// <summary>Quotations and reported speech (<see cref="Document.Quotes"/>).</summary>
    Quotes = 1 << 4,

    /// <summary>Claims (<see cref="Document.Claims"/>).</summary>
    Claims = 1 << 5,

    /// <summary>Stance relations (<see cref="Document.Stances"/>).</summary>
    Stances = 1 << 6,

    /// <summary>Part-of-speech tags, lemmas, dependency trees and noun chunks (<see cref="Document.Syntax"/>).</summary>
    Syntax = 1 << 7,

    /// <summary>Transcript turns: who holds the floor where (<see cref="Document.Turns"/>).</summary>
    Turns = 1 << 8,
}
