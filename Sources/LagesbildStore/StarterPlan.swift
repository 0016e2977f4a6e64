import LagesbildCore

/// The `plan.yaml` that `lagesbild init` writes: Vaggeryd's six focus areas of the citizen
/// promises 2023, two example promises and three example hot spots. The comments are in
/// Swedish because the people who edit this file read Swedish; the keys are the stable
/// ASCII names the reader expects.
enum StarterPlan {
    /// The comment `init --year` puts at the top of a new year's plan.
    static func nextYearHeader(year: Int, fromFile: String, today: Day) -> String {
        """
        # Lägesbild – medborgarlöften och platser \(year)
        #
        # Skapad \(today.iso) av `lagesbild init --year \(year)` ur \(fromFile): allt nedan är förra årets.
        # Granska innan året börjar: löftenas texter och mål (target), fokusområden, och platserna:
        # nya läggs till, de som inte längre följs får active: false (historiken finns kvar).
        # Den här filen redigeras för hand; Lägesbild skriver aldrig i den. Kör `lagesbild check` efteråt.

        """
    }

    static func yaml(year: Int) -> String {
        """
        # Lägesbild – medborgarlöften och platser
        #
        # Den här filen redigeras för hand. Lägesbild läser den men skriver aldrig i den.
        # Rader som börjar med # är kommentarer. Indrag görs med mellanslag, inte tab.
        # Kör `lagesbild check` efter en ändring: fel visas med filnamn och radnummer.

        # Kommunen och året som medborgarlöftena gäller.
        municipality: Vaggeryd
        year: \(year)

        # En plats utan trygghetsrunda på fler dagar än så här räknas som försenad.
        round_interval_days: 14

        # Fokusområden ur medborgarlöftena.
        #   id:   kort namn utan mellanslag som löften och platser hänvisar till
        #   name: namnet som visas på skärmen
        focus_areas:
          - id: trygghet
            name: Ökad trygghet för kommuninvånarna
          - id: narkotika
            name: Narkotikabrottslighet
          - id: vald
            name: Förebygga våldsbrott – särskilt mäns våld mot kvinnor
          - id: skadegorelse
            name: Skadegörelsebrott
          - id: bedragerier
            name: Bedrägerier
          - id: trafik
            name: Förbättrad trafiksäkerhet

        # Löften (aktiviteter) med mål som kan räknas.
        #   id:          kort unikt namn
        #   focus_area:  id för fokusområdet
        #   text:        löftet som det står i medborgarlöftet
        #   owner:       polis, kommun eller gemensamt
        #   metric:      vad som räknas: rundor (trygghetsrundor) eller insatser:<slag>,
        #                där slag är narkotika, trafik, vald, bedrageri, skadegorelse eller trygghet
        #   target:      målet, ett heltal
        #   per:         tertial eller year (målet gäller per tertial eller för hela året)
        promises:
          - id: rundor
            focus_area: trygghet
            text: Trygghetsrundor på aktuella platser utifrån lägesbilden
            owner: gemensamt
            metric: rundor
            target: 18
            per: tertial
          - id: trafik
            focus_area: trafik
            text: Trafikkontroller vid skolor och genomfarter
            owner: polis
            metric: insatser:trafik
            target: 8
            per: tertial

        # Platser (hot spots) som samverkan följer.
        #   id:          kort unikt namn, används i journalen – byt det inte i efterhand
        #   name:        namnet som visas
        #   locality:    ort, till exempel Vaggeryd, Skillingaryd eller Hok
        #   focus_areas: lista med fokusområden (id) som platsen hör till
        #   aliases:     andra namn som platsen kan sökas och importeras med
        #   active:      false för en plats som inte längre följs (historiken finns kvar)
        #   visits_per_week: valfritt, hur många besök i veckan som är målet (närvaro)
        hot_spots:
          - id: vgd-resecentrum
            name: Vaggeryds resecentrum
            locality: Vaggeryd
            focus_areas: [trygghet, narkotika]
            aliases: [Resecentrum Vaggeryd, stationen]
          - id: sky-centrum
            name: Skillingaryds centrum
            locality: Skillingaryd
            focus_areas: [trygghet, skadegorelse, vald]
            aliases: [Storgatan Skillingaryd]
          - id: hok-centrum
            name: Hoks centrum
            locality: Hok
            focus_areas: [trygghet, skadegorelse]
            aliases: [Hok]
            active: true

        """
    }
}
