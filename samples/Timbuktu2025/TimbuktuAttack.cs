using ConflictModel;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using NodaTime;

namespace Timbuktu2025;

/// <summary>
/// The 2 June 2025 attack on Timbuktu, encoded from the English Wikipedia article "2025 Timbuktu attack"
/// (CC BY-SA 4.0; the text is in docs/modelling-guide.md with the element that holds each fact).
/// Nothing here is invented: where the article is silent (exact coordinates of the checkpoints, the
/// date AFP published) the model says "unknown" rather than guessing.
/// </summary>
public static class TimbuktuAttack
{
    /// <summary>The IANA time zone of Timbuktu.</summary>
    public const string Zone = "Africa/Bamako";

    // Ids used across the document; public so tests and readers can find things.
    public static readonly EngagementId AttackId = new("timbuktu-2025-06-02");
    public static readonly EngagementId DiouraId = new("dioura-2025-05");
    public static readonly EngagementId BoulikessiId = new("boulikessi-2025-06-01");
    public static readonly EngagementId BurkinaBasesId = new("burkina-faso-bases-2025-05");

    public static readonly SideId MaliSide = new("timbuktu-mali");
    public static readonly SideId JnimSide = new("timbuktu-jnim");
    public static readonly SideId ResidentsSide = new("timbuktu-residents");

    public static readonly FigureId MaliKilled = new("timbuktu-mali-killed");
    public static readonly FigureId MaliKilledOrWounded = new("timbuktu-mali-killed-or-wounded");
    public static readonly FigureId MaliMissing = new("timbuktu-mali-missing");
    public static readonly FigureId CheckpointsCaptured = new("timbuktu-checkpoints-captured");
    public static readonly FigureId JnimKilled = new("timbuktu-jnim-killed");
    public static readonly FigureId JnimKilledOrWounded = new("timbuktu-jnim-killed-or-wounded");
    public static readonly FigureId JnimArrested = new("timbuktu-jnim-arrested");
    public static readonly FigureId Lynched = new("timbuktu-lynched");
    public static readonly FigureId DiouraKilled = new("dioura-mali-killed");

    private static readonly ActorId MaliGovernment = new("mali-government");
    private static readonly ActorId Fama = new("fama");
    private static readonly ActorId Russia = new("russia-government");
    private static readonly ActorId Wagner = new("wagner-group");
    private static readonly ActorId Jnim = new("jnim");
    private static readonly ActorId Residents = new("timbuktu-residents");
    private static readonly ActorId BurkinaForces = new("burkina-faso-forces");

    private static readonly SourceId Wikipedia = new("wikipedia-2025-timbuktu-attack");
    private static readonly SourceId Afp = new("afp");
    private static readonly SourceId LocalOfficial = new("timbuktu-local-official");
    private static readonly SourceId MaliGovernmentSource = new("mali-government");
    private static readonly SourceId MaliArmy = new("mali-army");
    private static readonly SourceId JnimSource = new("jnim");
    private static readonly SourceId Nasr = new("wassim-nasr");
    private static readonly SourceId MalianTelevision = new("malian-television");
    private static readonly SourceId SocialMedia = new("social-media");

    private static readonly LocalDate AttackDay = new(2025, 6, 2);

    /// <summary>Builds the whole dataset document: sources, actors, the attack and the three engagements before it.</summary>
    public static DatasetDocument Build() => new()
    {
        Title = "2025 Timbuktu attack",
        Description = "The 2 June 2025 JNIM attack on Timbuktu, Mali, and the attacks that preceded it, encoded from the English Wikipedia article \"2025 Timbuktu attack\" (CC BY-SA 4.0).",
        Sources = Sources(),
        Actors = Actors(),
        Engagements = [Attack(), Dioura(), Boulikessi(), BurkinaBases()],
    };

    private static Source[] Sources() =>
    [
        new() { Id = Wikipedia, Name = "Wikipedia: 2025 Timbuktu attack", Kind = SourceKind.Compilation, Url = "https://en.wikipedia.org/wiki/2025_Timbuktu_attack", Description = "The encyclopedia article this document encodes; it speaks in its own voice for facts it does not attribute." },
        new() { Id = Afp, Name = "Agence France-Presse", Kind = SourceKind.NewsAgency },
        new() { Id = LocalOfficial, Name = "A local elected official in Timbuktu", Kind = SourceKind.LocalOfficial, Description = "Not named; quoted by AFP." },
        new() { Id = MaliGovernmentSource, Name = "Malian government", Kind = SourceKind.Government, AffiliatedActorId = MaliGovernment },
        new() { Id = MaliArmy, Name = "Malian army", Kind = SourceKind.ArmedForces, AffiliatedActorId = Fama },
        new() { Id = JnimSource, Name = "JNIM", Kind = SourceKind.ArmedGroup, AffiliatedActorId = Jnim, Description = "The group's own claims." },
        new() { Id = Nasr, Name = "Wassim Nasr", Kind = SourceKind.Analyst, Description = "Sahel expert." },
        new() { Id = MalianTelevision, Name = "Malian television", Kind = SourceKind.StateMedia, Description = "The article does not name the channel." },
        new() { Id = SocialMedia, Name = "Social media", Kind = SourceKind.SocialMedia, Description = "Posts by unidentified accounts." },
    ];

    private static Actor[] Actors() =>
    [
        new() { Id = MaliGovernment, Name = "Government of Mali", Kind = ActorKind.Government, CountryCode = "ML" },
        new() { Id = Fama, Name = "Malian Armed Forces", Aliases = ["FAMa", "Malian Army"], Kind = ActorKind.StateForces, ParentId = MaliGovernment, ParentRelation = ParentRelation.PartOf, CountryCode = "ML" },
        new() { Id = Russia, Name = "Government of Russia", Kind = ActorKind.Government, CountryCode = "RU" },
        new() { Id = Wagner, Name = "Wagner Group", Aliases = ["Wagner"], Kind = ActorKind.PrivateMilitaryCompany, ParentId = Russia, ParentRelation = ParentRelation.BackedBy, CountryCode = "RU" },
        new() { Id = Jnim, Name = "Jama'at Nasr al-Islam wal-Muslimin", Aliases = ["JNIM", "Jama'at Nasr al-Islam wal Muslimin"], Kind = ActorKind.NonStateArmedGroup },
        new() { Id = Residents, Name = "Residents of Timbuktu", Kind = ActorKind.Residents, CountryCode = "ML" },
        new() { Id = BurkinaForces, Name = "Armed Forces of Burkina Faso", Kind = ActorKind.StateForces, CountryCode = "BF" },
    ];

    private static TemporalExtent AfterTheAttack() =>
        TemporalExtent.AtHour(AttackDay, 10).InZone(Zone).WithWording("after the attack") with { Qualifier = TemporalQualifier.After };

    private static AdministrativePath InTimbuktu() => new() { CountryCode = "ML", Divisions = ["Tombouctou"], Locality = "Timbuktu" };

    private static Engagement Attack()
    {
        SiteId city = new("timbuktu-city"), airport = new("timbuktu-airport"), entrance = new("timbuktu-airport-entrance"),
            russianBase = new("timbuktu-russian-base"), assadi = new("checkpoint-assadi"), ber = new("checkpoint-ber"), arwen = new("checkpoint-arwen");
        StatementId lead = new("wiki-lead"), background = new("wiki-background"), attack = new("wiki-attack"), artillery = new("wiki-artillery"),
            lynching = new("wiki-lynching"), silence = new("wiki-no-own-losses"), thwarted = new("gov-thwarted-infiltration"),
            suicideOperation = new("jnim-claims-suicide-operation"), jnimToll = new("jnim-dozens-killed-or-wounded"),
            armyToll = new("army-fourteen-and-31"), nasrToll = new("nasr-six-killed"), afpToll = new("afp-at-least-30"),
            officialToll = new("official-at-least-60"), images = new("social-media-images"), television = new("television-bodies-vehicles");

        return new Engagement
        {
            Id = AttackId,
            Name = "2025 Timbuktu attack",
            Aliases = ["Attack on Timbuktu airport"],
            Conflict = new ConflictReference { Name = "Mali War" },
            Type = EngagementType.Attack,
            Tactics = [Tactic.SuicideVehicleBorneIed, Tactic.Infiltration, Tactic.IndirectFire, Tactic.CheckpointAssault],
            Time = TemporalExtent.AtHour(AttackDay, 10).Approximately().InZone(Zone).WithWording("At around 10am on June 2"),
            Sites =
            [
                new() { Id = city, Name = "Timbuktu", Aliases = ["Tombouctou"], Role = SiteRole.Setting, Kind = SiteKind.Settlement, Coordinates = new Coordinates(16.7666, -3.0026), Administrative = InTimbuktu(), Precision = SpatialPrecision.ExactLocation },
                new() { Id = airport, Name = "Timbuktu Airport", Role = SiteRole.PrimaryTarget, Kind = SiteKind.Airport, Administrative = InTimbuktu(), Precision = SpatialPrecision.ExactLocation, Description = "Hosts a major Malian and Wagner Group military base." },
                new() { Id = entrance, Name = "Entrance of Timbuktu Airport", Role = SiteRole.Target, Kind = SiteKind.Other, WithinSiteId = airport, Administrative = InTimbuktu(), Precision = SpatialPrecision.ExactLocation, Description = "Where the car bomb exploded." },
                new() { Id = russianBase, Name = "Russian base at Timbuktu Airport", Role = SiteRole.Target, Kind = SiteKind.MilitaryBase, WithinSiteId = airport, Administrative = InTimbuktu(), Precision = SpatialPrecision.ExactLocation },
                new() { Id = assadi, Name = "Assadi checkpoint", Role = SiteRole.Target, Kind = SiteKind.Checkpoint, Administrative = InTimbuktu(), Precision = SpatialPrecision.NearLocation, Description = "On the outskirts, north or east of the city (the article does not say which)." },
                new() { Id = ber, Name = "Ber checkpoint", Role = SiteRole.Target, Kind = SiteKind.Checkpoint, Administrative = InTimbuktu(), Precision = SpatialPrecision.NearLocation, Description = "On the outskirts, north or east of the city (the article does not say which)." },
                new() { Id = arwen, Name = "Arwen checkpoint", Role = SiteRole.Target, Kind = SiteKind.Checkpoint, Administrative = InTimbuktu(), Precision = SpatialPrecision.NearLocation, Description = "On the outskirts, north or east of the city (the article does not say which)." },
            ],
            Sides =
            [
                new() { Id = JnimSide, Role = SideRole.Attacker, ActorIds = [Jnim] },
                new() { Id = MaliSide, Role = SideRole.Defender, ActorIds = [Fama, Wagner], Name = "Malian Army and Wagner Group" },
                new() { Id = ResidentsSide, Role = SideRole.ThirdParty, ActorIds = [Residents] },
            ],
            Incidents =
            [
                new() { Id = new("timbuktu-car-bomb"), Description = "A suicide bomber drove a car bomb near the entrance of the airport and detonated it.", Time = TemporalExtent.AtHour(AttackDay, 10).Approximately().InZone(Zone), SiteIds = [entrance], ActorIds = [Jnim], Tactics = [Tactic.SuicideVehicleBorneIed], StatementIds = [attack, suicideOperation] },
                new() { Id = new("timbuktu-airport-entry"), Description = "The explosion allowed JNIM militants to enter the airport.", SiteIds = [airport], ActorIds = [Jnim], Tactics = [Tactic.Infiltration], StatementIds = [attack, thwarted] },
                new() { Id = new("timbuktu-artillery"), Description = "The Russian base was hit by artillery fire; no casualties were reported.", SiteIds = [russianBase], ActorIds = [Jnim], Tactics = [Tactic.IndirectFire], StatementIds = [artillery] },
                new() { Id = new("timbuktu-checkpoints"), Description = "Three explosions near the checkpoints north and east of the city, in Assadi, Ber and Arwen; JNIM seized two checkpoints.", SiteIds = [assadi, ber, arwen], ActorIds = [Jnim], Tactics = [Tactic.CheckpointAssault], StatementIds = [attack] },
                new() { Id = new("timbuktu-social-media-images"), Description = "Images of slain soldiers' IDs and weapons were posted on social media.", StatementIds = [images] },
                new() { Id = new("timbuktu-arrests"), Description = "The Malian army arrested 31 jihadists.", ActorIds = [Fama], Tactics = [Tactic.Arrests], StatementIds = [armyToll] },
                new() { Id = new("timbuktu-television"), Description = "Images of the jihadists' bodies and captured vehicles were broadcast on Malian television.", StatementIds = [television] },
                new() { Id = new("timbuktu-lynching"), Description = "One person was lynched by residents of the city.", SiteIds = [city], ActorIds = [Residents], Tactics = [Tactic.MobViolence], StatementIds = [lynching] },
            ],
            Outcomes =
            [
                new() { Objective = "Timbuktu Airport and its military base", SiteIds = [airport, entrance, russianBase], Result = OutcomeResult.Repelled, AchievedBySideId = MaliSide, StatementIds = [lead, thwarted, suicideOperation], Note = "The government calls it a thwarted infiltration; JNIM calls it a suicide operation and does not claim to have taken the airport." },
                new() { Objective = "Checkpoints at Assadi, Ber and Arwen", SiteIds = [assadi, ber, arwen], Result = OutcomeResult.Captured, HeldLongTerm = false, AchievedBySideId = JnimSide, StatementIds = [attack, lead], Note = "Two of the three checkpoints were seized (which two is not reported); no site was held long-term." },
            ],
            ResultSummary = "Timbuktu Airport attack foiled; several checkpoints captured; no site held long-term.",
            Figures =
            [
                new() { Id = MaliKilled, Measure = Measure.Killed, Subject = FigureSubject.OfSide(MaliSide), Estimates = [Estimate.Of(afpToll, Quantity.AtLeast(30), "at least 30 Malian soldiers were killed"), Estimate.Of(officialToll, Quantity.AtLeast(60), "at least 60 were killed"), Estimate.Of(lead, Quantity.Qualitative("several dozen"), "killing several dozen Malian soldiers")] },
                new() { Id = MaliKilledOrWounded, Measure = Measure.KilledOrWounded, Subject = FigureSubject.OfSide(MaliSide), Estimates = [Estimate.Of(jnimToll, Quantity.Qualitative("dozens"), "dozens of Malian soldiers were killed or wounded")] },
                new() { Id = MaliMissing, Measure = Measure.Missing, Subject = FigureSubject.OfSide(MaliSide), Estimates = [Estimate.Of(afpToll, Quantity.Qualitative("several"), "several more were missing")] },
                new() { Id = CheckpointsCaptured, Measure = Measure.Captured, Subject = FigureSubject.OfSide(MaliSide), Unit = "checkpoints", Estimates = [Estimate.Of(attack, Quantity.Exactly(2), "the group seizing two checkpoints")] },
                new() { Id = JnimKilled, Measure = Measure.Killed, Subject = FigureSubject.OfSide(JnimSide), Estimates = [Estimate.Of(nasrToll, Quantity.Exactly(6), "six jihadists were killed")] },
                new() { Id = JnimKilledOrWounded, Measure = Measure.KilledOrWounded, Subject = FigureSubject.OfSide(JnimSide), Estimates = [Estimate.Of(armyToll, Quantity.Exactly(14), "fourteen jihadists were killed or injured")] },
                new() { Id = JnimArrested, Measure = Measure.Arrested, Subject = FigureSubject.OfSide(JnimSide), Estimates = [Estimate.Of(armyToll, Quantity.Exactly(31), "31 more were arrested")] },
                new() { Id = Lynched, Measure = Measure.Lynched, Subject = FigureSubject.Unknown, Estimates = [Estimate.Of(lynching, Quantity.Exactly(1), "One person was also lynched")] },
            ],
            Statements =
            [
                new() { Id = lead, SourceId = Wikipedia, Stance = StatementStance.Report, Summary = "JNIM attacked various military sites in Timbuktu, killing several dozen Malian soldiers but failing to seize any sites long-term.", Quote = "killing several dozen Malian soldiers but ultimately failing to seize any sites long-term" },
                new() { Id = background, SourceId = Wikipedia, Stance = StatementStance.Report, Summary = "Since the spring of 2025 JNIM has intensified its attacks on Malian forces, in a string of deadly attacks.", Quote = "Since the spring of 2025, JNIM has intensified their attacks on Malian forces" },
                new() { Id = attack, SourceId = Wikipedia, Stance = StatementStance.Report, Summary = "A car bomb at the airport entrance let militants in; three explosions near the checkpoints of Assadi, Ber and Arwen; two checkpoints seized." },
                new() { Id = artillery, SourceId = Wikipedia, Stance = StatementStance.Report, Summary = "The Russian base was hit by artillery fire, but no casualties were reported.", Quote = "no casualties were reported" },
                new() { Id = lynching, SourceId = Wikipedia, Stance = StatementStance.Report, Summary = "One person was lynched by residents of the city.", Quote = "One person was also lynched by residents of the city." },
                new() { Id = silence, SourceId = Wikipedia, Stance = StatementStance.Assessment, Summary = "Neither the Malian side nor JNIM mentioned its own losses.", Quote = "Neither group mentioned their own losses." },
                new() { Id = thwarted, SourceId = MaliGovernmentSource, Stance = StatementStance.Claim, Summary = "The government congratulated itself on having thwarted an infiltration attempt on the camp.", Quote = "thwarted an infiltration attempt", ReportedAt = AfterTheAttack() },
                new() { Id = suicideOperation, SourceId = JnimSource, Stance = StatementStance.ClaimOfResponsibility, Summary = "JNIM claimed responsibility for the attack and to have carried out a suicide operation.", ReportedAt = AfterTheAttack() },
                new() { Id = jnimToll, SourceId = JnimSource, Stance = StatementStance.Claim, Summary = "JNIM said dozens of Malian soldiers were killed or wounded.", ReportedAt = AfterTheAttack() },
                new() { Id = armyToll, SourceId = MaliArmy, Stance = StatementStance.Claim, Summary = "The army said fourteen jihadists were killed or injured and 31 more were arrested.", ReportedAt = AfterTheAttack() },
                new() { Id = nasrToll, SourceId = Nasr, Stance = StatementStance.Assessment, Summary = "Six jihadists were killed.", ReportedAt = AfterTheAttack() },
                new() { Id = afpToll, SourceId = Afp, Stance = StatementStance.Report, Summary = "At least 30 Malian soldiers were killed and several more were missing.", ReportedAt = AfterTheAttack() },
                new() { Id = officialToll, SourceId = LocalOfficial, Via = [Afp], Stance = StatementStance.Report, Summary = "At least 60 were killed.", ReportedAt = AfterTheAttack() },
                new() { Id = images, SourceId = SocialMedia, Stance = StatementStance.Report, Summary = "Images of slain soldiers' IDs and weapons were posted.", ReportedAt = AfterTheAttack() },
                new() { Id = television, SourceId = MalianTelevision, Stance = StatementStance.Report, Summary = "Images of the jihadists' bodies and captured vehicles were broadcast.", ReportedAt = AfterTheAttack() },
            ],
            Relations =
            [
                new() { Kind = RelationKind.PrecededBy, TargetId = DiouraId, Note = "A week prior." },
                new() { Kind = RelationKind.PrecededBy, TargetId = BurkinaBasesId, Note = "In the same period, across the border." },
                new() { Kind = RelationKind.PrecededBy, TargetId = BoulikessiId, Note = "Less than a day before." },
                new() { Kind = RelationKind.SameOffensive, TargetId = DiouraId, Note = "JNIM's intensified attacks since the spring of 2025." },
                new() { Kind = RelationKind.SameOffensive, TargetId = BoulikessiId, Note = "JNIM's intensified attacks since the spring of 2025." },
            ],
        };
    }

    private static Engagement Dioura() => new()
    {
        Id = DiouraId,
        Name = "Dioura attack",
        Conflict = new ConflictReference { Name = "Mali War" },
        Type = EngagementType.Attack,
        Time = TemporalExtent.OnDay(AttackDay.PlusDays(-7)).Approximately().InZone(Zone).WithWording("A week prior to the attack in Timbuktu"),
        Sites = [new() { Id = new("dioura"), Name = "Dioura", Role = SiteRole.Setting, Kind = SiteKind.Settlement, Administrative = new() { CountryCode = "ML", Locality = "Dioura" }, Precision = SpatialPrecision.ExactLocation }],
        Sides =
        [
            new() { Id = new("dioura-jnim"), Role = SideRole.Attacker, ActorIds = [Jnim] },
            new() { Id = new("dioura-mali"), Role = SideRole.Defender, ActorIds = [Fama] },
        ],
        Figures = [new() { Id = DiouraKilled, Measure = Measure.Killed, Subject = FigureSubject.OfSide(new("dioura-mali")), Estimates = [Estimate.Of(new("wiki-dioura"), Quantity.Exactly(40), "killed forty Malian soldiers")] }],
        Statements = [new() { Id = new("wiki-dioura"), SourceId = Wikipedia, Stance = StatementStance.Report, Summary = "A week prior to the Timbuktu attack, JNIM killed forty Malian soldiers in Dioura.", Quote = "JNIM killed forty Malian soldiers in Dioura" }],
        Relations = [new() { Kind = RelationKind.FollowedBy, TargetId = AttackId, Note = "A week later." }],
    };

    private static Engagement Boulikessi() => new()
    {
        Id = BoulikessiId,
        Name = "Boulikessi attack",
        Conflict = new ConflictReference { Name = "Mali War" },
        Type = EngagementType.Attack,
        Time = TemporalExtent.OnDay(AttackDay.PlusDays(-1)).Approximately().InZone(Zone).WithWording("Less than a day before the Timbuktu attack"),
        Sites = [new() { Id = new("boulikessi-base"), Name = "Boulikessi military base", Role = SiteRole.PrimaryTarget, Kind = SiteKind.MilitaryBase, Administrative = new() { CountryCode = "ML", Locality = "Boulikessi" }, Precision = SpatialPrecision.ExactLocation }],
        Sides =
        [
            new() { Id = new("boulikessi-attackers"), Role = SideRole.Attacker, ActorIds = [Jnim] },
            new() { Id = new("boulikessi-mali"), Role = SideRole.Defender, ActorIds = [Fama] },
        ],
        Outcomes = [new() { Objective = "Boulikessi military base", SiteIds = [new("boulikessi-base")], Result = OutcomeResult.Captured, AchievedBySideId = new("boulikessi-attackers"), StatementIds = [new("wiki-boulikessi")], Note = "Overrun; the article gives no figures." }],
        Statements = [new() { Id = new("wiki-boulikessi"), SourceId = Wikipedia, Stance = StatementStance.Report, Summary = "Less than a day before the Timbuktu attack, the Malian military base in Boulikessi was overrun.", Quote = "the Malian military base in Boulikessi was overrun" }],
        Relations = [new() { Kind = RelationKind.FollowedBy, TargetId = AttackId, Note = "Less than a day later." }],
    };

    private static Engagement BurkinaBases() => new()
    {
        Id = BurkinaBasesId,
        Name = "Attacks on military bases in Burkina Faso",
        Type = EngagementType.Attack,
        Time = TemporalExtent.OnDay(AttackDay.PlusDays(-7)).Approximately().WithWording("A week prior to the attack in Timbuktu"),
        Sites = [new() { Id = new("burkina-faso-bases"), Name = "Several military bases in Burkina Faso", Role = SiteRole.Target, Kind = SiteKind.MilitaryBase, Administrative = new() { CountryCode = "BF" }, Precision = SpatialPrecision.Country, Description = "Across the border from Mali; the article names none." }],
        Sides =
        [
            new() { Id = new("burkina-jnim"), Role = SideRole.Attacker, ActorIds = [Jnim] },
            new() { Id = new("burkina-forces"), Role = SideRole.Defender, ActorIds = [BurkinaForces] },
        ],
        Statements = [new() { Id = new("wiki-burkina"), SourceId = Wikipedia, Stance = StatementStance.Report, Summary = "Several military bases across the border in Burkina Faso were attacked by JNIM.", Quote = "several military bases across the border in Burkina Faso were attacked by the militant group" }],
        Relations = [new() { Kind = RelationKind.FollowedBy, TargetId = AttackId }],
    };
}
