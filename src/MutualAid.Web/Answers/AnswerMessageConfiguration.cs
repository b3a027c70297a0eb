using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Answers;

public sealed class AnswerMessageConfiguration : IEntityTypeConfiguration<AnswerMessage>
{
    public void Configure(EntityTypeBuilder<AnswerMessage> builder)
    {
        builder.ToTable("AnswerMessages");
        builder.Property(m => m.Text).HasMaxLength(AnswerMessage.TextMaxLength);
        builder.HasOne<Answer>().WithMany().HasForeignKey(m => m.AnswerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Neighbor>().WithMany().HasForeignKey(m => m.SenderId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(m => new { m.AnswerId, m.CreatedAt });
        builder.HasIndex(m => new { m.SenderId, m.CreatedAt });
    }
}
