using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Entities;

public sealed class NumericEntityRecognizerTests
{
    internal static IReadOnlyList<EntityMention> Recognize(string text)
    {
        Document document = new TextStage().Process(Document.FromText(text), CancellationToken.None);
        return NumericEntityRecognizer.Default.Recognize(document, CancellationToken.None);
    }

    private static EntityMention Single(string text, string span)
    {
        IReadOnlyList<EntityMention> found = Recognize(text);
        EntityMention? mention = found.FirstOrDefault(m => m.Text == span);
        Assert.That(mention, Is.Not.Null, $"'{span}' not found; got: {string.Join(" | ", found.Select(m => $"{m.Text}/{m.Label}"))}");
        return mention!;
    }

    [TestCase("Inflation reached 60% in May.", "60%", "PERCENT", 0.6)]
    [TestCase("Prices rose 500% over the decade.", "500%", "PERCENT", 5.0)]
    [TestCase("Unemployment is 7.5 per cent.", "7.5 per cent", "PERCENT", 0.075)]
    [TestCase("About 1.7 million refugees live there.", "About 1.7 million", "CARDINAL", 1_700_000)]
    [TestCase("Some 375 thousand people left.", "Some 375 thousand", "CARDINAL", 375_000)]
    [TestCase("They deported more than 2,300 people.", "more than 2,300", "CARDINAL", 2300)]
    [TestCase("Of the 24 suicide attacks, 15 were carried out by them.", "24", "CARDINAL", 24)]
    [TestCase("Of the 24 suicide attacks, 15 were carried out by them.", "15", "CARDINAL", 15)]
    [TestCase("We counted twenty-four boats.", "twenty-four", "CARDINAL", 24)]
    [TestCase("A dozen soldiers were hurt.", "A dozen", "CARDINAL", 12)]
    [TestCase("Nearly half of the refugees left.", "Nearly half", "CARDINAL", 0.5)]
    [TestCase("Two hundred and fifty thousand people marched.", "Two hundred and fifty thousand", "CARDINAL", 250_000)]
    [TestCase("He was the first to speak.", "first", "ORDINAL", 1)]
    [TestCase("The 24th brigade moved.", "24th", "ORDINAL", 24)]
    [TestCase("The plan costs $4.5 billion.", "$4.5 billion", "MONEY", 4_500_000_000)]
    [TestCase("A ticket costs £20.", "£20", "MONEY", 20)]
    [TestCase("They paid 10 million dollars.", "10 million dollars", "MONEY", 10_000_000)]
    [TestCase("The fee is Rs 500 a month.", "Rs 500", "MONEY", 500)]
    [TestCase("The border runs for 40 km here.", "40 km", "QUANTITY", 40)]
    [TestCase("They seized 3 tonnes of wheat.", "3 tonnes", "QUANTITY", 3)]
    [TestCase("An area of 500 square kilometres burned.", "500 square kilometres", "QUANTITY", 500)]
    [TestCase("The war lasted two decades.", "two decades", "DATE", 2)]
    [TestCase("Twenty years later, nothing had changed.", "Twenty years later", "DATE", 20)]
    [TestCase("It took two years to finish.", "two years", "DATE", 2)]
    [TestCase("Fentanyl is 50 times more potent than heroin.", "50 times", "CARDINAL", 50)]
    [TestCase("They charge more than three times what others pay.", "more than three times", "CARDINAL", 3)]
    [TestCase("I have said it a thousand times.", "a thousand", "CARDINAL", 1000)]
    [TestCase("Only 8 women have held the post.", "8", "CARDINAL", 8)]
    [TestCase("Inflation is down by two thirds since the peak.", "two thirds", "CARDINAL", 2.0 / 3)]
    [TestCase("More than two thirds of the staff are men.", "More than two thirds", "CARDINAL", 2.0 / 3)]
    [TestCase("Emissions will fall by a third.", "a third", "CARDINAL", 1.0 / 3)]
    [TestCase("A fifth of voters stayed home.", "A fifth", "CARDINAL", 0.2)]
    [TestCase("Just 4 percent named it their top issue.", "4 percent", "PERCENT", 0.04)]
    [TestCase("Just over 50 percent voted yes.", "Just over 50 percent", "PERCENT", 0.5)]
    [TestCase("There are over 250 000 cases a year.", "over 250 000", "CARDINAL", 250_000)]
    [TestCase("The fund holds 1 250 000 rand.", "1 250 000 rand", "MONEY", 1_250_000)]
    [TestCase("It fell below 40 percent \u2014 4 percent of the budget.", "4 percent", "PERCENT", 0.04)]
    public void Recognize_Figure_FindsSpanLabelAndValue(string text, string span, string label, double value)
    {
        EntityMention mention = Single(text, span);
        Assert.Multiple(() =>
        {
            Assert.That(mention.Label, Is.EqualTo(label));
            Assert.That(mention.Value, Is.EqualTo(value).Within(1e-9));
        });
    }

    [TestCase("Between 2020 and 2022, from 4,000 to 6,000 people crossed.", "4,000 to 6,000", "CARDINAL", 4000, 6000)]
    [TestCase("Between 4,000 and 6,000 people crossed.", "4,000 and 6,000", "CARDINAL", 4000, 6000)]
    [TestCase("It will cost 1.5 to 2 million dollars.", "1.5 to 2 million dollars", "MONEY", 1_500_000, 2_000_000)]
    [TestCase("Support fell to 10-20% of voters.", "10-20%", "PERCENT", 0.1, 0.2)]
    [TestCase("It may take two or three years.", "two or three years", "DATE", 2, 3)]
    [TestCase("You pay two to three times more for it.", "two to three times", "CARDINAL", 2, 3)]
    public void Recognize_Range_GivesLowerAndUpperBound(string text, string span, string label, double value, double max)
    {
        EntityMention mention = Single(text, span);
        Assert.Multiple(() =>
        {
            Assert.That(mention.Label, Is.EqualTo(label));
            Assert.That(mention.Value, Is.EqualTo(value).Within(1e-6));
            Assert.That(mention.ValueMax, Is.EqualTo(max).Within(1e-6));
        });
    }

    [TestCase("Between January 2021 and March 2023, prices rose.", new[] { "January 2021", "March 2023" })]
    [TestCase("Between 2020 and 2022, prices rose.", new[] { "2020 and 2022" })]
    [TestCase("From 1992 to 2021, prices rose.", new[] { "1992 to 2021" })]
    public void Recognize_DatesJoinedByAnd_AreTwoUnlessBareYears(string text, string[] dates)
    {
        Assert.That(Recognize(text).Where(m => m.Label == EntityLabels.Date).Select(m => m.Text), Is.EqualTo(dates));
    }

    [TestCase("Floods hit in June-September 2022 across the south.", "June-September 2022", "DATE", "2022-06/2022-09")]
    [TestCase("The Taliban took Kabul in August 2021.", "August 2021", "DATE", "2021-08")]
    [TestCase("The invasion began in October 2001.", "October 2001", "DATE", "2001-10")]
    [TestCase("Attacks rose in 2023.", "2023", "DATE", "2023")]
    [TestCase("The war lasted two decades.", "two decades", "DATE", "P20Y")]
    [TestCase("It took two years to finish.", "two years", "DATE", "P2Y")]
    [TestCase("The talks resume on Monday.", "Monday", "DATE", "XXXX-WXX-1")]
    [TestCase("Inflation peaked in May.", "May", "DATE", "XXXX-05")]
    [TestCase("Moscow waited until September of 1991.", "September of 1991", "DATE", "1991-09")]
    [TestCase("A 50-year-old man was arrested.", "50-year-old", "DATE", "P50Y")]
    [TestCase("The vote was held on March 12, 2024.", "March 12, 2024", "DATE", "2024-03-12")]
    [TestCase("The vote was held on 12 March 2024.", "12 March 2024", "DATE", "2024-03-12")]
    [TestCase("Violence peaked in the 1990s.", "the 1990s", "DATE", "199X")]
    [TestCase("This is a problem of the 21st century.", "21st century", "DATE", "20XX")]
    [TestCase("The plane landed at 10:30 p.m. local time.", "10:30 p.m.", "TIME", "T22:30")]
    [TestCase("Rains fell from June to September 2022.", "June to September 2022", "DATE", "2022-06/2022-09")]
    [TestCase("The plan covers 2022-23.", "2022-23", "DATE", "2022/2023")]
    [TestCase("The fighting lasted 10 hours.", "10 hours", "TIME", "PT10H")]
    public void Recognize_DateOrTime_GivesNormalizedForm(string text, string span, string label, string normalized)
    {
        EntityMention mention = Single(text, span);
        Assert.Multiple(() =>
        {
            Assert.That(mention.Label, Is.EqualTo(label));
            Assert.That(mention.Normalized, Is.EqualTo(normalized));
        });
    }

    [TestCase("Officials met last week.", "last week", "DATE")]
    [TestCase("Prices fell sharply in recent years.", "recent years", "DATE")]
    [TestCase("Attacks doubled over the past two decades.", "the past two decades", "DATE")]
    [TestCase("He spoke to reporters yesterday.", "yesterday", "DATE")]
    [TestCase("The minister arrived this morning.", "this morning", "TIME")]
    [TestCase("Growth slowed in early 2023.", "early 2023", "DATE")]
    [TestCase("The talks resumed on Sunday morning.", "Sunday morning", "TIME")]
    [TestCase("Thousands cross the border every day.", "every day", "DATE")]
    [TestCase("Costs rise by 3 percent per year.", "per year", "DATE")]
    [TestCase("The report is published annually.", "annually", "DATE")]
    [TestCase("The dispute has gone on for years.", "years", "DATE")]
    [TestCase("It took more than a decade to build.", "more than a decade", "DATE")]
    [TestCase("The plant closed a year ago.", "a year ago", "DATE")]
    [TestCase("Prices fell over the past few years.", "the past few years", "DATE")]
    [TestCase("Jobs will grow in the decades to come.", "the decades to come", "DATE")]
    [TestCase("Aid arrived on the first day of the war.", "the first day", "DATE")]
    [TestCase("The law expires at the end of last year.", "the end of last year", "DATE")]
    [TestCase("The minister resigned earlier this month.", "earlier this month", "DATE")]
    [TestCase("The plant was built in the 1970s.", "the 1970s", "DATE")]
    [TestCase("The call began at 2:48 P.M. EDT.", "2:48 P.M. EDT", "TIME")]
    [TestCase("It is embargoed until 3:01 p.m. Eastern.", "3:01 p.m. Eastern", "TIME")]
    [TestCase("The session opened at 9.15am.", "9.15am", "TIME")]
    [TestCase("They wasted billions of taxpayer dollars.", "billions of taxpayer dollars", "MONEY")]
    [TestCase("The policy protects millions of acres of forest.", "millions of acres", "QUANTITY")]
    [TestCase("Ships carried tens of thousands of tons of grain.", "tens of thousands of tons", "QUANTITY")]
    [TestCase("It cost hundreds of millions of dollars.", "hundreds of millions of dollars", "MONEY")]
    [TestCase("He left a few minutes ago.", "a few minutes ago", "TIME")]
    [TestCase("The vote took an hour.", "an hour", "TIME")]
    [TestCase("The talks collapsed over two years ago.", "over two years ago", "DATE")]
    [TestCase("The strike has lasted for over 100 days.", "over 100 days", "DATE")]
    [TestCase("Demand for yeast quadrupled in spring 2020.", "spring 2020", "DATE")]
    [TestCase("The process began in the fall of 2022.", "the fall of 2022", "DATE")]
    [TestCase("Families need help as we approach the winter.", "the winter", "DATE")]
    [TestCase("The plan expands summer programming for teenagers.", "summer", "DATE")]
    [TestCase("We made progress in the last several months.", "the last several months", "DATE")]
    [TestCase("Will it pass over the next couple of months?", "the next couple of months", "DATE")]
    [TestCase("They hosted the talks for multiple weeks.", "multiple weeks", "DATE")]
    [TestCase("Scientists predicted cooling in the 1950's.", "the 1950's", "DATE")]
    [TestCase("Temperatures were higher in the 1970\u2019s.", "the 1970\u2019s", "DATE")]
    [TestCase("The ministers met on Earth Day.", "Earth Day", "DATE")]
    [TestCase("Weeks later, the paper changed its view.", "Weeks later", "DATE")]
    [TestCase("During the afternoon, a plan was agreed.", "the afternoon", "TIME")]
    [TestCase("They are fighting us into the night.", "the night", "TIME")]
    [TestCase("I remember one night in the old house.", "one night", "TIME")]
    [TestCase("Parades are held on Independence Day.", "Independence Day", "DATE")]
    [TestCase("The wings remained secure throughout the day.", "the day", "DATE")]
    [TestCase("The threat has evolved over the years.", "the years", "DATE")]
    [TestCase("We will scale up ambition through the decade.", "the decade", "DATE")]
    public void Recognize_RelativeDate_FindsSpanAndLabel(string text, string span, string label) =>
        Assert.That(Single(text, span).Label, Is.EqualTo(label));

    [TestCase("In 2023, attacks rose.", "In")]
    [TestCase("Since October 2001 the war went on.", "Since")]
    [TestCase("By 2030 the treaty ends.", "By")]
    [TestCase("From 4,000 to 6,000 people crossed.", "From")]
    public void Recognize_LeadingPreposition_IsNotInSpan(string text, string preposition)
    {
        IReadOnlyList<EntityMention> found = Recognize(text);
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.Not.Empty);
            Assert.That(found.Select(m => m.Text), Has.None.StartsWith(preposition));
        });
    }

    [TestCase("The cuts are phased in over two years.", "over two years")]
    [TestCase("She won a third term in office.", "a third")]
    [TestCase("Years of war have left the city in ruins.", "Years")]
    [TestCase("Growth in three quarters of the year was weak.", "three quarters")]
    [TestCase("Sandra Day O'Connor retired from the Court.", "Sandra Day")]
    [TestCase("Costs do not fall on the poor.", "fall")]
    [TestCase("The Arab Spring began in Tunisia.", "Spring")]
    [TestCase("Seniors pay $35 a month for insulin.", "a month")]
    [TestCase("She recalled her years of service.", "years")]
    [TestCase("America's best days are ahead of us.", "days")]
    [TestCase("Over the years of the war the city emptied.", "the years")]
    [TestCase("The plant opened in the year 2020.", "the year")]
    [TestCase("She has the day off.", "the day")]
    [TestCase("Rates rose by a quarter of a percentage point.", "a quarter")]
    [TestCase("Nearly a quarter of voters stayed home.", "a quarter")]
    [TestCase("The central bank raised rates by a quarter point.", "a quarter")]
    [TestCase("Yields fell a quarter percentage point.", "a quarter")]
    public void Recognize_PeriodThatIsNoDate_IsNotADate(string text, string span) =>
        Assert.That(Recognize(text).Select(m => m.Text), Has.None.EqualTo(span));

    [TestCase("The treaty held for a quarter century.", "a quarter century")]
    [TestCase("Results came a quarter later.", "a quarter later")]
    public void Recognize_AQuarterOfTime_IsADate(string text, string span) =>
        Assert.That(Recognize(text).Where(m => m.Label == "DATE").Select(m => m.Text), Has.Some.EqualTo(span));

    [TestCase("Output fell sharply.[3] Firms adapted.")]
    [TestCase("My childhood was a happy one.")]
    [TestCase("We want a sector that welcomes women and one that pays them fairly.")]
    [TestCase("It helps to question one's assumptions.")]
    [TestCase("These are actions one can take now.")]
    [TestCase("Congress voted against it, every single one.")]
    public void Recognize_FootnoteMarkOrPronounOne_IsNoFigure(string text) =>
        Assert.That(Recognize(text).Where(m => m.Label == "CARDINAL").Select(m => m.Text), Is.Empty);

    [TestCase("It is one of the largest ports in Asia.", "one")]
    [TestCase("Only one senator voted no.", "one")]
    public void Recognize_CardinalOne_IsStillAFigure(string text, string span) =>
        Assert.That(Recognize(text).Where(m => m.Label == "CARDINAL").Select(m => m.Text), Has.Some.EqualTo(span));

    [Test]
    public void Recognize_PronounOneTaggedByTheParse_IsNoFigure()
    {
        const string text = "Your story is a familiar one for too many Americans.";
        Document document = new SyntaxStage().Process(new TextStage().Process(Document.FromText(text), CancellationToken.None), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(NumericEntityRecognizer.Default.Recognize(document, CancellationToken.None).Select(m => m.Text), Has.None.EqualTo("one"));
            Assert.That(Recognize(text).Select(m => m.Text), Has.Some.EqualTo("one"), "without the parse the grammar cannot tell");
        });
    }

    [TestCase("May God help us all.")]
    [TestCase("They will march on the capital.")]
    [TestCase("No one expected this.")]
    [TestCase("They support one another.")]
    [TestCase("The Pashtun elders met.")]
    public void Recognize_OrdinaryWords_FindsNothing(string text) =>
        Assert.That(Recognize(text), Is.Empty);

    [Test]
    public void Recognize_HundredThousandDigits_GivesOneCardinalWithoutValue()
    {
        IReadOnlyList<EntityMention> found = Recognize(new string('7', 100_000));
        Assert.Multiple(() =>
        {
            Assert.That(found, Has.Count.EqualTo(1));
            Assert.That(found[0].Label, Is.EqualTo(EntityLabels.Cardinal));
            Assert.That(found[0].Value, Is.Null);
        });
    }

    [Test]
    public void Recognize_LongCommaSeparatedRun_GivesOneCardinalPerNumber()
    {
        string text = string.Join(",", Enumerable.Repeat("1", 20_000));
        Assert.That(Recognize(text).Count(m => m.Label == EntityLabels.Cardinal), Is.EqualTo(20_000));
    }

    [TestCase('9')]
    [TestCase('x')]
    [TestCase('-')]
    public void Recognize_TenThousandCharacterToken_DoesNotThrow(char fill)
    {
        string text = "In " + new string(fill, 10_000) + " there were 5 million people and " + new string(fill, 10_000) + "%.";
        Assert.That(Recognize(text).Any(m => m.Text == "5 million"), Is.True);
    }

    [Test]
    public void Recognize_NumberWordsWithoutEnd_StaysWithinItsWindow()
    {
        string text = string.Join(' ', Enumerable.Repeat("twenty one hundred thousand and", 5_000));
        Assert.That(Recognize(text), Is.Not.Empty);
    }

    [Test]
    public void Recognize_EmojiAndOtherScripts_NeverCutsASurrogatePair()
    {
        const string text = "😀5😀 حوالي 5 مليون — 五 百 and 3 😀 km 👍🏽 2,300";
        foreach (EntityMention m in Recognize(text))
        {
            Assert.That(char.IsLowSurrogate(text[m.Start]) || char.IsHighSurrogate(text[m.End - 1]), Is.False, m.Text);
        }
    }
    [TestCase("$")]
    [TestCase("- ")]
    [TestCase("to ")]
    [TestCase("more than ")]
    [TestCase("\"")]
    public void Recognize_LongRunOfOneToken_FindsOnlyTheFigure(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 20_000)) + " 42";
        Assert.That(Recognize(text).Select(m => m.Value), Is.EqualTo(new double?[] { 42 }));
    }

    [Test]
    public void ToJson_Figure_WritesValueUnitAndNormalized_AndNullWhereUnset()
    {
        string json = PolicyAnalyzer.Create(new AnalyzerOptions { UseKnowledgeBase = false }).Analyze("Prices rose 60% in August 2021.").ToJson();
        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"value\": 0.6").And.Contain("\"unit\": \"percent\"").And.Contain("\"normalized\": \"2021-08\""));
            Assert.That(json, Does.Contain("\"valueMax\": null").And.Contain("\"kbId\": null"));
        });
    }
}
