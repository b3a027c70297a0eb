using MutualAid.BrowserTests.Infrastructure;

// One SMTP server and one Chromium for the whole run; each test starts its own app and its own
// browser contexts. Tests run one at a time: two cores cannot run several browsers and apps at
// once without making timings flaky.
[assembly: AssemblyFixture(typeof(MailServer))]
[assembly: AssemblyFixture(typeof(BrowserHost))]
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
