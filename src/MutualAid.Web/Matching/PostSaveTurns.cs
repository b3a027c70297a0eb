namespace MutualAid.Web.Matching;

// Posts are saved with their matches one at a time in this process, in the order they asked.
// SQLite lets one connection write at a time; a writer that finds the lock taken waits inside
// SQLite (busy_timeout), asleep on a thread-pool thread and trying again at growing intervals,
// up to 100 ms apart: under many writers the lock goes to whoever tries at the right moment, not
// to who waited longest, and the sleeping threads starve every other request of threads. Here a
// waiter costs no thread, and the next in line starts the moment the turn before it ends.
// It also remembers which posts were saved in the last turns, so a save that read its candidates
// before its turn re-reads only those (see MatchFinder.SaveWithMatchesAsync).
// See docs/decisions/0021-post-saves-take-turns.md.
public sealed class PostSaveTurns : IDisposable
{
    private const int Remembered = 4096;

    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly int[] saved = new int[Remembered];
    private long count;
    private int waiting;

    // How many saves have ended so far: taken before reading, handed to SavedSince in the turn.
    public long Mark => Interlocked.Read(ref count);

    // How many saves are in line, not yet in their turn.
    public int Waiting => Volatile.Read(ref waiting);

    public async Task<IDisposable> WaitTurnAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref waiting);
        try
        {
            await turn.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }

        return new Turn(turn);
    }

    // Called in a turn, once its save is committed.
    public void Saved(int postId)
    {
        saved[count % Remembered] = postId;
        Interlocked.Increment(ref count);
    }

    // Called in a turn: the posts saved since the mark, or null when too many to remember.
    public IReadOnlyCollection<int>? SavedSince(long mark)
    {
        var now = Mark;
        if (now - mark > Remembered)
        {
            return null;
        }

        var ids = new HashSet<int>();
        for (var i = mark; i < now; i++)
        {
            ids.Add(saved[i % Remembered]);
        }

        return ids;
    }

    public void Dispose() => turn.Dispose();

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
