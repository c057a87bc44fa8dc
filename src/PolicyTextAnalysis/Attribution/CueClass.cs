namespace PolicyTextAnalysis.Attribution;

/// <summary>How a cue word introduces speech; a word may belong to several classes (<c>claim</c>).</summary>
[Flags]
public enum CueClass
{
    /// <summary>Not a cue.</summary>
    None = 0,

    /// <summary>A verb reporting speech or writing: <c>said</c>, <c>noted</c>, <c>wrote</c>.</summary>
    Speech = 1,

    /// <summary>A verb of judging whose object carries the content: <c>accused</c>, <c>condemned</c>.</summary>
    Accuse = 2,

    /// <summary>A noun naming an utterance: <c>the statement by X that ...</c>.</summary>
    Noun = 4,

    /// <summary>A verb reporting speech only through a quoted label: <c>called the plan "a fig leaf"</c>.</summary>
    Label = 8,

    /// <summary>With <see cref="Speech"/>: the verb may take its clause without <c>that</c> (<c>she said the plan failed</c>).</summary>
    BareClause = 16,

    /// <summary>A verb reporting a belief or a finding: <c>believes that</c>, <c>the study found that</c>.</summary>
    Thought = 32,

    /// <summary>A verb of asking whose <c>for</c> complement is what is asked: <c>called for a ceasefire</c>.</summary>
    Directive = 64,

    /// <summary>
    /// A verb of bidding someone to act, whose addressee and infinitive are what is asked: <c>urged governors to act</c>.
    /// Other speech verbs take an object and an infinitive of purpose instead (<c>committed resources to fight it</c>).
    /// </summary>
    Bid = 128,

    /// <summary>
    /// A phrase of one or more words naming the source of what the rest of its sentence says: <c>according to</c>,
    /// <c>in the words of</c>. Only these entries may have several words.
    /// </summary>
    Source = 256,

    /// <summary>
    /// A verb that reports speech only with the object <c>it</c> in an <c>as</c> clause (<c>as she put it</c>,
    /// <c>as one official phrased it</c>) or before a colon (<c>she put it bluntly: ...</c>); elsewhere it reports
    /// nothing (<c>put it on the table</c>).
    /// </summary>
    AsIdiom = 512,

    /// <summary>
    /// With <see cref="Speech"/>: the verb's object, not its subject, is whose words it brings (<c>quoting Frank
    /// Newport: ...</c>, <c>to quote Lincoln, ...</c>), and in the passive its subject (<c>she was quoted as saying</c>).
    /// </summary>
    SourceObject = 1024,

    /// <summary>
    /// With <see cref="Speech"/>: a verb of asking, whose embedded question is what it reports (<c>asked him if he had
    /// read the bill</c>, <c>wondered whether</c>); other verbs' embedded questions report nothing (<c>explained how</c>).
    /// </summary>
    Question = 2048,

    /// <summary>
    /// A light verb that reports through the cue adjective it makes of its object or clause: <c>made clear that</c>,
    /// <c>made it plain that</c>. The verb takes the adjective's classes; elsewhere it reports nothing.
    /// </summary>
    Light = 4096,

    /// <summary>
    /// A verb of issuing a document: a document noun it modifies as a participle with a <c>by</c> phrase is that
    /// phrase's (<c>the report, released Tuesday by the GAO, found ...</c>). Never a cue of its own.
    /// </summary>
    Issue = 8192,

    /// <summary>
    /// With <see cref="Speech"/>: a verb whose noun-phrase object is what it reports when no clause follows
    /// (<c>estimated losses of 0.4 percent</c>, <c>announced plans for new plants</c>).
    /// </summary>
    ObjectContent = 16384,

    /// <summary>
    /// A verb of bidding someone to act only through an oblique addressee (<c>called on governors to act</c>); with a
    /// direct object it bids nobody (<c>called Senator Smith on Tuesday to discuss the bill</c>: a telephone call).
    /// </summary>
    ObliqueBid = 32768,

    /// <summary>
    /// A verb of denying or disputing what someone else said: a noun naming an utterance that is its object is not its
    /// subject's (<c>the Government rejected the claim that ...</c>, <c>she denied reports that ...</c>). Never a cue of
    /// its own.
    /// </summary>
    Rebut = 65536,
}
