using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;

namespace MutualAid.Web.Email;

// Loads the neighbors an email is for, as they are at this moment.
public sealed class Recipients(AppDbContext db)
{
    public async Task<Recipient> OneAsync(string neighborId, CancellationToken cancellationToken = default) =>
        (await ManyAsync([neighborId], cancellationToken))[neighborId];

    // Neighbors no longer there are missing from the answer.
    public Task<Dictionary<string, Recipient>> ManyAsync(IReadOnlyCollection<string> neighborIds, CancellationToken cancellationToken = default) =>
        db.Users.AsNoTracking().Where(u => neighborIds.Contains(u.Id))
            .Select(u => new Recipient(u.Id, u.Email ?? "", u.DisplayName, u.Language, u.Notifications, u.PhoneNumber) { Speaks = u.SpokenLanguages })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
}
