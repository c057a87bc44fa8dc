using System.IO.Compression;
using System.Text;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Training.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public class GloveWordClustersTests
{
    [Test]
    public void Load_CommittedTable_GivesCapitalsOneFineClassAndVerbsAnother()
    {
        NerWordClusters clusters = GloveWordClusters.Load(GloveWordClusters.TablePath, TextWriter.Null);
        uint paris = clusters.Lookup(FeatureHash.Chars("paris", lower: true));
        uint berlin = clusters.Lookup(FeatureHash.Chars("berlin", lower: true));
        uint announced = clusters.Lookup(FeatureHash.Chars("announced", lower: true));

        Assert.Multiple(() =>
        {
            Assert.That(clusters.Count, Is.EqualTo(100_000));
            Assert.That(NerWordClusters.Level(paris, 2), Is.EqualTo(NerWordClusters.Level(berlin, 2)));
            Assert.That(NerWordClusters.Level(announced, 2), Is.Not.EqualTo(NerWordClusters.Level(paris, 2)));
            Assert.That(clusters.Lookup(FeatureHash.Chars("qzxqzxq", lower: true)), Is.EqualTo(NerWordClusters.None));
        });
    }

    [TestCase("paris\t1\t2\n")]
    [TestCase("paris\t1\t2\tx\n")]
    [TestCase("paris\t1\t2\t1024\n")]
    public void Load_MalformedRow_ThrowsNamingTheRow(string row)
    {
        string path = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            {
                gzip.Write(Encoding.UTF8.GetBytes("# header\n" + row));
            }

            Assert.That(() => GloveWordClusters.Load(path, TextWriter.Null),
                Throws.TypeOf<InvalidDataException>().With.Message.Contains("paris"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_MissingTable_SaysHowToBuildIt()
    {
        Assert.That(() => GloveWordClusters.Load(Path.Combine(Path.GetTempPath(), "no-such-table.tsv.gz"), TextWriter.Null),
            Throws.TypeOf<FileNotFoundException>().With.Message.Contains("build-word-clusters"));
    }

    [Test]
    public void ShippedNameModel_CarriesTheTableClasses()
    {
        NerWordClusters table = GloveWordClusters.Load(GloveWordClusters.TablePath, TextWriter.Null);
        NerWordClusters shipped = NamedEntityRecognizer.Default.Model.Gazetteer.Clusters;
        ulong peshawar = FeatureHash.Chars("peshawar", lower: true);

        Assert.Multiple(() =>
        {
            Assert.That(shipped.Count, Is.EqualTo(table.Count));
            Assert.That(shipped.Lookup(peshawar), Is.EqualTo(table.Lookup(peshawar)).And.Not.EqualTo(NerWordClusters.None));
        });
    }
}
