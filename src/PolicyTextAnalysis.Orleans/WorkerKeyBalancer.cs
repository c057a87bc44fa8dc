namespace PolicyTextAnalysis.Orleans;

/// <summary>
/// Chooses the worker key of each call so that every silo has about the same number of calls in flight.
/// </summary>
/// <remarks>
/// A client sends all calls for one grain key through one gateway, picked round-robin when the key is first used and
/// kept until that connection fails, and a stateless worker runs on the gateway's silo. Which silo a key reaches is
/// thus only known from its answers. Left to chance, two silos got 72% and 28% of the documents. So the balancer
/// first tries every key once, then learns from each answer which silo holds the key, and sends the next call
/// through a key of the silo with the fewest calls in flight. A faster silo empties its queue sooner and gets more.
/// A key whose call failed is unknown again and is tried anew. Thread-safe.
/// </remarks>
internal sealed class WorkerKeyBalancer
{
    private readonly object _gate = new();
    private readonly string?[] _silo;
    private readonly int[] _busy;
    private readonly Dictionary<string, int> _load = new(StringComparer.Ordinal);
    private int _start;

    /// <summary>Creates a balancer over keys <c>0 .. keys - 1</c>.</summary>
    public WorkerKeyBalancer(int keys)
    {
        _silo = new string?[keys];
        _busy = new int[keys];
    }

    /// <summary>Takes the key for the next call; give it back with <see cref="Release"/>.</summary>
    public int Acquire()
    {
        lock (_gate)
        {
            int best = -1;
            long bestScore = long.MaxValue;
            for (int n = 0; n < _silo.Length; n++)
            {
                int key = (_start + n) % _silo.Length;
                string? silo = _silo[key];
                if (silo is null)
                {
                    if (_busy[key] == 0)
                    {
                        // An untried key may reach a silo not seen yet: try it before balancing.
                        best = key;
                        break;
                    }

                    continue;
                }

                long score = ((long)_load.GetValueOrDefault(silo) * _silo.Length) + _busy[key];
                if (score < bestScore)
                {
                    best = key;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                best = _start % _silo.Length;
            }

            _start = (best + 1) % _silo.Length;
            _busy[best]++;
            if (_silo[best] is { } known)
            {
                _load[known] = _load.GetValueOrDefault(known) + 1;
            }

            return best;
        }
    }

    /// <summary>Gives back <paramref name="key"/>, with the silo that answered, or null when the call failed.</summary>
    public void Release(int key, string? answeredBy)
    {
        lock (_gate)
        {
            _busy[key]--;
            if (_silo[key] is { } previous)
            {
                _load[previous]--;
            }

            // The key's other calls in flight were counted on the previous silo: move them to the new one.
            if (_silo[key] is { } old && _busy[key] > 0)
            {
                _load[old] -= _busy[key];
            }

            _silo[key] = answeredBy;
            if (answeredBy is not null && _busy[key] > 0)
            {
                _load[answeredBy] = _load.GetValueOrDefault(answeredBy) + _busy[key];
            }
        }
    }

    /// <summary>Calls in flight per known silo (for tests and diagnostics).</summary>
    public IReadOnlyDictionary<string, int> Load()
    {
        lock (_gate)
        {
            return new Dictionary<string, int>(_load, StringComparer.Ordinal);
        }
    }
}
