using MutualAid.Web.Posts;

namespace MutualAid.Web.Data;

internal static class DemoPostTexts
{
    private static readonly (string Category, string Title, string Details)[] Needs =
    [
        ("Rides & errands", "Ride to the clinic on Tuesday morning", "My appointment is at 10. I can walk to the corner; the way back I can manage by bus."),
        ("Food & groceries", "Groceries until payday", "Rice, beans, some vegetables and milk for two kids would get us through the week."),
        ("Meals", "A few cooked meals after surgery", "I'm home from the hospital and can't stand long. Anything vegetarian is welcome."),
        ("Childcare", "Someone to pick up my son from school on Thursday", "School ends at 4. He is 8 and knows the way home but shouldn't walk alone yet."),
        ("Check-ins & company", "A weekly phone call for my grandmother", "She lives alone and loves to talk about gardening. Spanish or English."),
        ("Household goods", "A crib for a baby due next month", "Any condition, we can fix small things. Can pick up nearby."),
        ("Skills & repairs", "Help fixing a leaking kitchen tap", "I have the tools but not the know-how. Half an hour, probably."),
        ("Tutoring & language", "Practice English conversation", "I'm learning for a job interview and would like to practise speaking once a week."),
        ("Moving help", "Two people to carry a sofa downstairs", "Third floor, no lift. Saturday afternoon would be ideal."),
        ("Pet care", "Someone to walk my dog while my leg heals", "A calm old labrador, twenty minutes a day."),
        ("Clothing", "Winter coat, size M", "For my daughter, she's 14. Anything warm."),
        ("Health & medical supplies", "A pair of crutches for three weeks", "I'll give them back cleaned."),
    ];

    private static readonly (string Category, string Title, string Details)[] Offers =
    [
        ("Meals", "An extra meal twice a week", "I cook big pots of soup and stew on Mondays and Thursdays. Tell me about allergies."),
        ("Rides & errands", "Rides on weekends", "I have a car with room for two and a folded wheelchair."),
        ("Garden & land", "Fresh herbs and tomatoes from my garden", "More than I can eat this season. Bring a bag."),
        ("Skills & repairs", "Bike repairs", "Punctures, brakes, chains. I have a stand and spare parts."),
        ("Tutoring & language", "Homework help in maths", "Secondary school level, afternoons after 5."),
        ("Household goods", "Spare kettle and a set of plates", "Clean and working, we just moved in together and have two of everything."),
        ("Check-ins & company", "A walk and a chat", "I'm retired and happy to keep someone company for a stroll in the park."),
        ("Childcare", "Can mind kids on Saturday mornings", "I'm a parent of two; yours can play with mine."),
        ("Food & groceries", "Bread from the bakery at closing time", "They give me what's left; I share it around the block."),
        ("Clothing", "Children's clothes, ages 2 to 5", "Two bags, washed and sorted by size."),
        ("Pet care", "Cat sitting while you're away", "I can feed and play with your cat for up to a week."),
        ("Moving help", "Strong arms and a hand truck", "Weekday evenings."),
    ];

    public static (string Category, string Title, string Details) Pick(PostKind kind, Random random)
    {
        var list = kind == PostKind.Need ? Needs : Offers;
        return list[random.Next(list.Length)];
    }
}
