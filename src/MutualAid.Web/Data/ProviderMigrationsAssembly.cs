using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MutualAid.Web.Data;

// The migrations of the provider in use. One context type serves both providers, so EF's own
// lookup (every migration of the context in the assembly) would mix the two sets; here each set
// is told apart by its namespace: SQLite's (older, unchanged) and PostgreSQL's.
public sealed class ProviderMigrationsAssembly(ICurrentDbContext current, IMigrationsIdGenerator ids) : IMigrationsAssembly
{
    private IReadOnlyDictionary<string, TypeInfo>? migrations;
    private ModelSnapshot? snapshot;

    public Assembly Assembly => typeof(AppDbContext).Assembly;

    private string Namespace => current.Context.Database.MigrationsNamespace();

    public IReadOnlyDictionary<string, TypeInfo> Migrations => migrations ??= new SortedList<string, TypeInfo>(
        Ours().Where(t => t.IsSubclassOf(typeof(Migration)))
            .Select(t => (Type: t, Id: t.GetCustomAttribute<MigrationAttribute>()?.Id))
            .Where(m => m.Id is not null)
            .ToDictionary(m => m.Id!, m => m.Type));

    public ModelSnapshot? ModelSnapshot => snapshot ??= Ours().Where(t => t.IsSubclassOf(typeof(ModelSnapshot)))
        .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!)
        .FirstOrDefault();

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(ids.IsValidId(nameOrId)
        ? id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
        : id => string.Equals(ids.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private IEnumerable<TypeInfo> Ours() => Assembly.DefinedTypes.Where(t => !t.IsAbstract && t.Namespace == Namespace
        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == current.Context.GetType());
}
