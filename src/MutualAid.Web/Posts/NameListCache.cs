using MutualAid.Web.Localization;

namespace MutualAid.Web.Posts;

// Category and neighborhood names change a few times a year, at a steward's hand, yet every list,
// map and form showed them: two queries of six on a browse page. They are kept here for the whole
// app, forgotten the moment a change to them is saved (NameChangeWatcher), and in any case after a
// minute, so an app instance that did not make the change catches up soon after.
public sealed class NameListCache(TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);
    private readonly Slot categories = new();
    private readonly Slot neighborhoods = new();

    // Bumped by every change, so a list read while a change was being saved is not kept.
    private int generation;

    public Task<NameList> CategoriesAsync(Func<Task<NameList>> load) => GetAsync(categories, load);

    public Task<NameList> NeighborhoodsAsync(Func<Task<NameList>> load) => GetAsync(neighborhoods, load);

    public void Forget()
    {
        Interlocked.Increment(ref generation);
        categories.Kept = null;
        neighborhoods.Kept = null;
    }

    private async Task<NameList> GetAsync(Slot slot, Func<Task<NameList>> load)
    {
        var now = clock.GetUtcNow();
        if (slot.Kept is { } kept && kept.Generation == Volatile.Read(ref generation) && now - kept.LoadedAt < KeptFor)
        {
            return kept.Names;
        }

        var before = Volatile.Read(ref generation);
        var names = await load();
        slot.Kept = new Entry(names, now, before);
        return names;
    }

    private sealed class Slot
    {
        private Entry? kept;

        public Entry? Kept
        {
            get => Volatile.Read(ref kept);
            set => Volatile.Write(ref kept, value);
        }
    }

    private sealed record Entry(NameList Names, DateTimeOffset LoadedAt, int Generation);
}
