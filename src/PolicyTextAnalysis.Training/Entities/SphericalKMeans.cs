using System.Numerics;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// Spherical k-means (cosine similarity) over unit rows of one flat array: centroids start at distinct seeded rows and
/// a fixed number of rounds runs. Rows are assigned in parallel (each independently), centroids summed in row order, so
/// the result depends only on the seed.
/// </summary>
internal static class SphericalKMeans
{
    /// <summary>The cluster (0..k-1) of each row of <paramref name="vectors"/>, rows of <paramref name="dimensions"/> floats.</summary>
    public static int[] Cluster(float[] vectors, int dimensions, int k, int iterations, int seed)
    {
        int count = vectors.Length / dimensions;
        k = Math.Min(k, count);
        var random = new Random(seed);
        var centroids = new float[k * dimensions];
        int[] order = [.. Enumerable.Range(0, count)];
        random.Shuffle(order);
        for (int c = 0; c < k; c++)
        {
            vectors.AsSpan(order[c] * dimensions, dimensions).CopyTo(centroids.AsSpan(c * dimensions, dimensions));
        }

        var assignment = new int[count];
        for (int round = 0; round < iterations; round++)
        {
            Parallel.For(0, count, w =>
            {
                ReadOnlySpan<float> v = vectors.AsSpan(w * dimensions, dimensions);
                int best = 0;
                float bestDot = float.MinValue;
                for (int c = 0; c < k; c++)
                {
                    float dot = Dot(v, centroids.AsSpan(c * dimensions, dimensions));
                    if (dot > bestDot)
                    {
                        bestDot = dot;
                        best = c;
                    }
                }

                assignment[w] = best;
            });

            Array.Clear(centroids);
            for (int w = 0; w < count; w++)
            {
                Span<float> centroid = centroids.AsSpan(assignment[w] * dimensions, dimensions);
                ReadOnlySpan<float> v = vectors.AsSpan(w * dimensions, dimensions);
                for (int d = 0; d < dimensions; d++)
                {
                    centroid[d] += v[d];
                }
            }

            for (int c = 0; c < k; c++)
            {
                Normalise(centroids.AsSpan(c * dimensions, dimensions));
            }
        }

        return assignment;
    }

    /// <summary>The dot product of two rows of equal length.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        float s = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    /// <summary>Scales a row to unit length (a zero row stays zero).</summary>
    public static void Normalise(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0)
        {
            for (int d = 0; d < v.Length; d++)
            {
                v[d] /= norm;
            }
        }
    }
}
