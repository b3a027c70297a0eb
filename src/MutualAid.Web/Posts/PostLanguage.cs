namespace MutualAid.Web.Posts;

// A language someone can use with a post: one it asks for, or one its author lists as spoken.
// Browse's "speaks my language" reads these rows through their (Code, PostId) index instead of
// opening two JSON lists per post; PostLanguages keeps them in step with posts and profiles.
public sealed class PostLanguage
{
    public PostLanguage(int postId, string code)
    {
        PostId = postId;
        Code = code;
    }

    public int PostId { get; private set; }
    public string Code { get; private set; }
}
