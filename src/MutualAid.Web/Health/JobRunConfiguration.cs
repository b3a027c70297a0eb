using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Web.Health;

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(40);
        builder.Property(r => r.LastError).HasMaxLength(JobRun.ErrorMaxLength);
    }
}
