/// The Swedish phrases of the sample folder, the way partners write them.
extension SampleGenerator {
    static let categories: [String: [IncidentCategory]] = [
        "trygghet": [.otryggPlats, .ordningsstorning, .nedskrapning],
        "narkotika": [.narkotika],
        "vald": [.vald],
        "skadegorelse": [.skadegorelse, .klotter],
        "bedragerier": [.bedrageri],
        "trafik": [.trafik, .buskorning],
    ]

    static let sources: [IncidentCategory: [IncidentSource]] = [
        .skadegorelse: [.kommun, .bostadsbolag, .skola, .polis],
        .klotter: [.kommun, .bostadsbolag, .kollektivtrafik],
        .nedskrapning: [.kommun, .allmanhet],
        .otryggPlats: [.allmanhet, .kommun, .kollektivtrafik],
        .ordningsstorning: [.polis, .vaktbolag, .kollektivtrafik],
        .narkotika: [.polis, .skola, .allmanhet],
        .vald: [.polis],
        .buskorning: [.allmanhet, .polis],
        .inbrott: [.polis],
        .bedrageri: [.polis],
        .trafik: [.polis, .allmanhet, .skola],
    ]

    static let incidentTexts: [IncidentCategory: [String]] = [
        .skadegorelse: ["Krossad ruta i väntkuren", "Sönderslagen papperskorg", "Skadad belysningsstolpe", "Sparkade sönder dörr till förrådet"],
        .klotter: ["Nytt klotter på väggen mot parkeringen", "Klotter på busskuren", "Taggar på skolans gavel"],
        .nedskrapning: ["Mycket skräp och flaskor efter helgen", "Nedskräpning vid grillplatsen"],
        .otryggPlats: ["Mörkt och folktomt, flera upplever platsen otrygg", "Trasig belysning gör gångvägen otrygg", "Boende känner oro på kvällstid"],
        .ordningsstorning: ["Större grupp ungdomar, hög ljudnivå", "Berusade personer stör resenärer", "Bråk mellan ungdomar, skingrades"],
        .narkotika: ["Misstänkt narkotikaförsäljning", "Stark lukt av cannabis", "Kanyler hittade i buskaget"],
        .vald: ["Misshandel utomhus kvällstid", "Hot mot person vid hållplatsen", "Bråk som övergick i våld"],
        .buskorning: ["A-traktorer kör i hög fart på gågatan", "Mopeder i parken", "Motorcrossåkning på gräsytan"],
        .inbrott: ["Inbrott i förråd"],
        .bedrageri: ["Äldre person uppringd av falsk bankman", "Försök till bedrägeri vid dörren"],
        .trafik: ["Hög hastighet förbi skolan", "Farliga omkörningar vid övergångsstället", "Felparkerade bilar vid lämning"],
    ]

    static let loosePlaces: [(String, IncidentCategory)] = [
        ("Gång- och cykeltunneln under E4, Vaggeryd", .otryggPlats),
        ("Parkeringen vid Ica, Skillingaryd", .ordningsstorning),
        ("Lekplatsen på Södra vägen, Hok", .skadegorelse),
        ("Busshållplatsen Klevshult", .klotter),
        ("Återvinningsstationen, Vaggeryd", .nedskrapning),
        ("Motionsspåret vid Tofteryd", .otryggPlats),
    ]

    static let roundNotes: [String] = [
        "Lugnt på platsen, några ungdomar som vi pratade med.",
        "Trasig belysning vid gångvägen, anmäls till tekniska förvaltningen.",
        "Grupp på ca 15 ungdomar, god stämning efter samtal.",
        "Nedskräpning vid bänkarna, i övrigt lugnt.",
        "Flera vuxna på plats, nattvandrarna stannade kvar.",
        "Klotter på busskuren, fotograferat.",
        "Stark lukt av cannabis, polisen följer upp.",
        "Få personer i rörelse, mörkt vid parkeringen.",
        "Samtal med personal på fritidsgården om läget.",
        "Berusade personer vid stationen, avvisades lugnt.",
    ]

    static let followUps: [FollowUp] = [
        FollowUp(text: "Byt trasig belysning vid gångvägen", responsible: "Tekniska förvaltningen"),
        FollowUp(text: "Sanera klotter på busskuren", responsible: "Tekniska förvaltningen"),
        FollowUp(text: "Beskär buskage som skymmer sikten", responsible: "Parkenheten"),
        FollowUp(text: "Kontakta fastighetsägaren om nedskräpning", responsible: "Kommunen"),
        FollowUp(text: "Extra närvaro fredag kväll", responsible: "Polisen"),
    ]

    static let measureTemplates: [(String, String)] = [
        ("Förstärkt belysning längs gångvägen", "Tekniska förvaltningen"),
        ("Beskära buskage och öka insynen", "Parkenheten"),
        ("Extra polisnärvaro fredag och lördag kväll", "Polisen LPO Vaggeryd"),
        ("Sanera klotter inom 24 timmar", "Tekniska förvaltningen"),
        ("Fältarbetare på plats kvällstid", "Fritidsgården"),
        ("Dialog med fastighetsägaren om kameror", "Vaggerydsbostäder"),
        ("Nattvandring riktad mot platsen", "Nattvandrarna"),
        ("Hastighetskontroller vid skolan", "Polisen LPO Vaggeryd"),
        ("Informationsinsats till boende", "Trygghetssamordnaren"),
    ]

    static let meetingPlaces: [String] = [
        "PRO Vaggeryd, Fenix", "Träffpunkten Skillingaryd", "Biblioteket Hok", "SPF Seniorerna, Skillingaryd",
    ]

    static let interventionNotes: [InterventionKind: [String]] = [
        .narkotika: ["Riktad kontroll kvällstid", "Samverkan med socialtjänsten", "Spaning och ingripanden"],
        .trafik: ["Hastighetskontroll vid skolan", "Nykterhetskontroller", "Kontroll av mopeder och A-traktorer"],
        .vald: ["Information om stöd vid våld i nära relationer", "Närvaro vid evenemang", "Utbildning för personal"],
        .skadegorelse: ["Klottersanering", "Reparation och uppföljning", "Dialog med skolan"],
        .bedrageri: ["Informationsträff om telefonbedrägerier", "Bankbedrägerier – så skyddar du dig"],
        .trygghet: ["Synlig närvaro vid evenemang", "Trygghetsvandring med boende"],
    ]
}
