using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MutualAid.Web.Data;

// A compiled query is bound to the model it first ran with. A site runs on one provider, but a
// process may hold both models (`move-from-sqlite`, and the tests that move a site and compare the
// two): each model gets its own compiled query.
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = [];

    public TQuery For(DbContext db) => compiled.GetValue(db.Model, _ => compile());
}
