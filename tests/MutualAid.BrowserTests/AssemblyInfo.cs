using MutualAid.BrowserTests.Infrastructure;

// One SMTP server and one Chromium for the whole run; each test has its own app (the next one
// started while the test before runs) and its own browser contexts. Tests run one at a time:
// two cores cannot run several browsers and apps at once without making timings flaky.
[assembly: AssemblyFixture(typeof(MailServer))]
[assembly: AssemblyFixture(typeof(BrowserHost))]
[assembly: AssemblyFixture(typeof(SpareApp))]
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
