# Das Angebot, auf Deutsch. Zahlen, Beträge und Daten kommen formatiert an ($n, $amount, $date);
# $count ist die Zahl, nach der die Pluralform gewählt wird.
offer-title = Angebot
offer-number = Angebotsnummer
offer-date = Datum
offer-valid-until = Gültig bis
offer-valid-cut-meta = die WhatsApp-Tarife von Meta ändern sich am { $date }
offer-valid-cut-vendor = die Preise von { $vendor } ändern sich am { $date }
offer-for = Für
offer-from = Von
offer-usage = Annahmen dieses Angebots, pro Monat
offer-description = Beschreibung
offer-quantity = Menge
offer-unit-price = Einzelpreis
offer-amount = Betrag
offer-discount-percent = Rabatt von { $percent } auf { $on }
offer-discount-amount = Rabatt auf { $on }
offer-on-plan-fee = die Grundgebühr
offer-on-total = den Gesamtbetrag
offer-net = Nettobetrag
offer-vat = USt. { $percent }
offer-no-vat = Beträge zuzüglich Umsatzsteuer.
offer-reverse-charge = Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, Artikel 196 der Richtlinie 2006/112/EG).
offer-vat-source = Umsatzsteuersatz ({ $country }): { $percent }, der Regelsatz ({ $source }).
offer-total = Gesamtbetrag pro Monat
offer-not-on-invoice = Nicht auf dieser Rechnung
offer-meta-direct = WhatsApp-Gebühren, direkt an Meta gezahlt: { $amount } pro Monat.
offer-in-house = Ihre eigenen Kosten für Arbeit, die dieser Tarif nicht leistet (Ihre Schätzung): { $amount } pro Monat.
offer-uncovered = Nicht in diesem Tarif enthalten: { $what }.
offer-estimate = Dieses Angebot ist eine Schätzung für die obige Nutzung im { $month } und unverbindlich.
offer-appendix = Anhang: alle Tarife im Vergleich, für dieselbe Nutzung
offer-rank = Rang
offer-plan = Tarif
offer-cost = Kosten pro Monat
offer-cost-note = Kosten pro Monat: alles, was der Tarif Sie für diese Nutzung kostet, auch Zahlungen an andere und Ihre eigene Arbeit, ohne Umsatzsteuer und vor Rabatt.
offer-not-ranked = nicht vergleichbar: { $why }
offer-offered = angeboten
offer-page = Seite { $page } von { $pages }
line-plan-fee = Tarif { $plan }, Monatsgebühr
line-extra = Zusätzliche { $unit }
line-extra-active = Zusätzliche aktive Kontakte
line-extra-engaged = Zusätzliche engagierte Kontakte
line-extra-database = Zusätzliche Kontakte in der Datenbank
line-extra-seats = Zusätzliche Live-Chat-Plätze
line-extra-emails = Zusätzliche E-Mails, je { $per }
line-range-contacts = Kontakte, { $from } bis { $to }
line-range-contacts-open = Kontakte, ab { $from }
line-whatsapp-messages = WhatsApp-Nachrichten ({ $category }), { $market }
line-whatsapp-conversations = WhatsApp-Unterhaltungen ({ $category }), { $market }
line-whatsapp-tier = { $line }, ab Nummer { $from } des Monats
category-marketing = Marketing
category-utility = Utility
category-authentication = Authentifizierung
category-authentication_international = internationale Authentifizierung
category-service = Service
category-business_initiated = vom Unternehmen begonnen
category-user_initiated = vom Kunden begonnen
category-free_entry_point = kostenloser Einstiegspunkt
why-unknown-price = ein Preis ist nicht veröffentlicht
why-uncovered = er leistet nicht die ganze Arbeit und es sind keine eigenen Kosten angegeben
why-no-rate = kein Wechselkurs zur Währung des Angebots
usage-engaged =
    { $count ->
        [one] { $n } engagierter Kontakt
       *[other] { $n } engagierte Kontakte
    }
usage-active =
    { $count ->
        [one] { $n } aktiver Kontakt
       *[other] { $n } aktive Kontakte
    }
usage-database =
    { $count ->
        [one] { $n } Kontakt in der Datenbank
       *[other] { $n } Kontakte in der Datenbank
    }
usage-seats =
    { $count ->
        [one] { $n } Live-Chat-Platz
       *[other] { $n } Live-Chat-Plätze
    }
usage-emails =
    { $count ->
        [one] { $n } versendete E-Mail
       *[other] { $n } versendete E-Mails
    }
usage-whatsapp-messages =
    { $count ->
        [one] { $n } WhatsApp-Nachricht ({ $category }), { $country }
       *[other] { $n } WhatsApp-Nachrichten ({ $category }), { $country }
    }
usage-whatsapp-conversations =
    { $count ->
        [one] { $n } WhatsApp-Unterhaltung ({ $category }), { $country }
       *[other] { $n } WhatsApp-Unterhaltungen ({ $category }), { $country }
    }
usage-by-agent = { $what } durch Agenten
usage-by-bot = { $what } durch einen Chatbot
outcome-test_drive =
    { $count ->
        [one] { $n } Probefahrt
       *[other] { $n } Probefahrten
    }
outcome-video_call =
    { $count ->
        [one] { $n } Termin per Videoanruf
       *[other] { $n } Termine per Videoanruf
    }
outcome-showroom_visit =
    { $count ->
        [one] { $n } Showroom-Besuch
       *[other] { $n } Showroom-Besuche
    }
outcome-quotation_request =
    { $count ->
        [one] { $n } Angebotsanfrage
       *[other] { $n } Angebotsanfragen
    }
outcome-information_request =
    { $count ->
        [one] { $n } Informationsanfrage
       *[other] { $n } Informationsanfragen
    }
outcome-trade_in_valuation =
    { $count ->
        [one] { $n } Inzahlungnahme-Bewertung
       *[other] { $n } Inzahlungnahme-Bewertungen
    }
outcome-workshop_appointment =
    { $count ->
        [one] { $n } Werkstatttermin
       *[other] { $n } Werkstatttermine
    }
outcome-whatsapp_reminder =
    { $count ->
        [one] { $n } Terminerinnerung per WhatsApp
       *[other] { $n } Terminerinnerungen per WhatsApp
    }
outcome-support_information =
    { $count ->
        [one] { $n } Support-Auskunft
       *[other] { $n } Support-Auskünfte
    }
outcome-support_action =
    { $count ->
        [one] { $n } Support-Auftrag
       *[other] { $n } Support-Aufträge
    }
outcome-crm_lead =
    { $count ->
        [one] { $n } Lead an Ihr CRM
       *[other] { $n } Leads an Ihr CRM
    }
outcome-mql_to_sql =
    { $count ->
        [one] { $n } MQL-zu-SQL-Lead
       *[other] { $n } MQL-zu-SQL-Leads
    }
outcome-whatsapp_concierge =
    { $count ->
        [one] { $n } Chat mit dem WhatsApp-Concierge-Chatbot
       *[other] { $n } Chats mit dem WhatsApp-Concierge-Chatbot
    }
outcome-whatsapp_standard_reply =
    { $count ->
        [one] { $n } WhatsApp-Standardantwort
       *[other] { $n } WhatsApp-Standardantworten
    }
outcome-topic_selection =
    { $count ->
        [one] { $n } Themenauswahl
       *[other] { $n } Themenauswahlen
    }
outcome-csat =
    { $count ->
        [one] { $n } Zufriedenheitsumfrage (CSAT)
       *[other] { $n } Zufriedenheitsumfragen (CSAT)
    }
country-NL = Niederlande
country-BE = Belgien
country-DE = Deutschland
country-FR = Frankreich
country-LU = Luxemburg
country-AT = Österreich
country-CH = Schweiz
country-GB = Vereinigtes Königreich
country-IE = Irland
country-ES = Spanien
country-PT = Portugal
country-IT = Italien
country-DK = Dänemark
country-SE = Schweden
country-NO = Norwegen
country-FI = Finnland
country-PL = Polen
country-US = Vereinigte Staaten

## Die Bildschirme der App (ui/): Jede ID beginnt mit `app-`. $count ist eine Zahl, geschrieben,
## wie die Sprache Zahlen schreibt, und wählt die Pluralform; jedes andere Argument kommt als Text
## an, bereits formatiert (Beträge, Dateinamen, Tarifnamen). Was der Kern schreibt (Warnungen,
## Tarifnamen, Rechnungsposten, Bedingungen der Preislisten), wird so gezeigt, wie der Kern es
## liefert, auf Englisch.

app-tab-scenario = Szenario & Vergleich
app-tab-breakeven = Break-even
app-tab-simulation = Simulation
app-tab-import = Import
app-tab-ratecards = Preislisten
app-new = Neu…
app-open = Öffnen…
app-save = Speichern
app-save-as = Speichern unter…
app-recent = Zuletzt geöffnet
app-recent-pick = Zuletzt geöffnet…
app-recent-none = Keine zuletzt geöffneten Dateien
app-export-csv = CSV exportieren…
app-export-quote = Angebot exportieren…
app-language = Sprache
app-untitled = Unbenanntes Szenario
app-unsaved = { $name } (ungespeicherte Änderungen)
app-opened = { $path } geöffnet
app-opened-example = Beispielszenario: Händlergruppe NL
app-saved = { $path } gespeichert
app-exported = { $path } exportiert
app-not-saved = Nicht gespeichert: Das Formular enthält Fehler (neben den Feldern angezeigt). Beheben Sie sie zuerst: Die Datei wäre sonst nicht das, was das Formular zeigt.
app-not-exported = Nicht exportiert: Das Formular enthält Fehler (neben den Feldern angezeigt). Beheben Sie sie zuerst: Der Export wäre sonst nicht das, was das Formular zeigt.
app-new-blank = Neues Szenario
app-undo = Rückgängig
app-redo = Wiederholen
app-undone = Rückgängig gemacht: das Formular ist wie vor Ihrer letzten Änderung.
app-redone = Wiederholt: Ihre Änderung ist zurück.
app-nothing-to-undo = Nichts rückgängig zu machen.
app-nothing-to-redo = Nichts zu wiederholen.
app-help = Hilfe
app-help-title = Hilfe zu pricesim
app-help-intro = pricesim berechnet einen Monat Ihrer Nutzung für jeden Tarif, während Sie tippen, gereiht nach den Kosten des ganzen Szenarios. Die Ansichten:
app-help-scenario = Geben Sie die Nutzung ein (Kontakte, Ergebnisse, WhatsApp je Land, Vertragsbedingungen, Ihre eigenen Kosten): daneben wird jeder Tarif gereiht; öffnen Sie einen Tarif für seine Rechnungsvorschau.
app-help-breakeven = Variieren Sie eine Anzahl zwischen zwei Werten und sehen Sie, welcher Tarif auf jedem Abschnitt der günstigste ist und wo der günstigste wechselt.
app-help-simulation = Die kommenden Monate mit Wachstum: die Kosten jedes Tarifs Monat für Monat, Guthaben mit ihren Aufladungen.
app-help-import = Berechnen Sie ein WhatsApp-Nachrichtenprotokoll oder ein Nutzungsprotokoll Monat für Monat, prüfen Sie eine Rechnung damit, exportieren Sie die Ergebnisse als CSV.
app-help-ratecards = Die verwendeten Preise und woher jeder stammt; bearbeiten Sie eine Kopie einer Preisliste, importieren Sie die Dateien von Meta oder der EZB.
app-help-keys = Tastenkürzel
app-help-head-action = Aktion
app-help-head-keys = Tasten
app-help-view = Eine Ansicht zeigen (in der Reihenfolge der Reiter)
app-help-quit = Beenden (fragt zuerst nach ungespeicherten Änderungen)
app-help-undo = Rückgängig nimmt eine Änderung nach der anderen zurück: was Sie in ein Feld getippt haben, bevor Sie es verließen, ein hinzugefügtes oder entferntes Land, eine getroffene Wahl. Zurück bis zum zuletzt gespeicherten Szenario verschwindet die Markierung ungespeicherter Änderungen.
app-help-more = Hilfe → Über zeigt die Version. Die vollständige Anleitung der App ist docs/APP.md.
app-new-example = Neues Szenario aus einem Beispiel
app-cards-problem = Ihre bearbeiteten Preislisten konnten nicht verwendet werden; die mitgelieferten werden verwendet: { $problem }
app-start-from = Ausgehend von:
app-create = Erstellen
app-cancel = Abbrechen
app-close = Schließen
app-total = Summe
app-problem-line = Zeile { $line }: { $message }
app-problem-line-field = Zeile { $line } ({ $field }): { $message }
app-problem-field = { $field }: { $message }

# Das Szenarioformular.
app-legend-scenario = Szenario
app-field-name = Name
app-field-month = Monat
app-field-currency = Anzeigewährung
app-legend-counts = Kontakte, Agenten, E-Mails
app-count-engaged = Engagierte Kontakte
app-count-active = Aktive Kunden
app-count-database = Kontakte in der Datenbank
app-count-seats = Live-Chat-Agenten
app-count-emails = Versendete E-Mails
app-placeholder-as-engaged = wie engagierte
app-legend-outcomes = Abgeschlossene Ergebnisse pro Monat
app-head-outcome = Ergebnis
app-head-by-agent = durch Agenten
app-head-by-bot = durch Chatbot
# $actor ist `agent` oder `bot`.
app-outcome-by =
    { $actor ->
        [agent] { $outcome } durch Agenten
       *[bot] { $outcome } durch Chatbot
    }
# Die Ergebnisse von Web1on1, wie das Angebot sie nennt.
app-outcome-test_drive = Probefahrt
app-outcome-video_call = Termin per Videoanruf
app-outcome-showroom_visit = Showroom-Besuch
app-outcome-quotation_request = Angebotsanfrage
app-outcome-information_request = Informationsanfrage
app-outcome-trade_in_valuation = Inzahlungnahme-Bewertung
app-outcome-workshop_appointment = Werkstatttermin
app-outcome-whatsapp_reminder = Terminerinnerung per WhatsApp
app-outcome-support_information = Support-Auskunft
app-outcome-support_action = Support-Auftrag
app-outcome-crm_lead = Lead an Ihr CRM
app-outcome-mql_to_sql = MQL-zu-SQL-Lead
app-outcome-whatsapp_concierge = WhatsApp-Concierge-Chatbot
app-outcome-whatsapp_standard_reply = WhatsApp-Standardantwort
app-outcome-topic_selection = Themenauswahl
app-outcome-csat = Zufriedenheitsumfrage (CSAT)
app-legend-whatsapp = WhatsApp-Verkehr pro Monat (Unterhaltungen oder Vorlagennachrichten)
app-head-country = Land
app-category-short-authentication = Auth.
app-category-short-authentication_international = Auth. intl.
app-category-short-free_entry_point = kostenl. Einstieg
app-remove-country = Dieses Land entfernen
app-add-country = Land hinzufügen: { $code } oder { $name } eingeben
app-no-country = Kein Land „{ $typed }“: Geben Sie den Ländercode aus zwei Buchstaben oder den Namen ein
app-usage-whatsapp = WhatsApp ({ $category }), { $country }
app-legend-in-house = Ihre eigenen Kosten, in { $currency } (wo ein Tarif die Arbeit nicht verkauft)
app-in-house-hint = Ihre eigenen Schätzungen: Ein Tarif, der die Arbeit nicht verkauft (Ergebnisse, E-Mails, Plätze), wird damit berechnet, als Ihre Schätzung gekennzeichnet. Kosten pro Ergebnis, unten, gehen denen des Ausführenden vor.
app-in-house-agent = Ein Ergebnis durch Ihre Mitarbeiter
app-in-house-bot = Ein Ergebnis durch Ihren Chatbot
app-in-house-email = Eine E-Mail
app-in-house-seat = Ein Live-Chat-Platz
app-in-house-per-outcome = Kosten pro Ergebnis
app-head-by-your-staff = durch Ihre Mitarbeiter
app-head-by-your-bot = durch Ihren Chatbot
app-placeholder-as-above = wie oben
app-in-house-of = Eigene Kosten: { $what }
app-legend-terms = Ihre Vertragsbedingungen
app-default = (Standard)
app-check-count = eine ganze Zahl, 0 oder mehr (gefunden: „{ $found }“)
app-check-cost = ein Betrag wie 12.50 (mit Punkt), 0 oder mehr (gefunden: „{ $found }“)
app-check-date = ein Datum wie 2026-12-02
dispute-title = Rechnungseinspruch
dispute-to = An
dispute-invoice = Rechnung
dispute-plan = Tarif
dispute-month = Abgerechneter Monat
dispute-usage = Was unser Nutzungsprotokoll für { $month } zeigt
dispute-lines = Die Rechnung, Posten für Posten
dispute-line = Posten
dispute-status = Status
dispute-billed = Berechnet
dispute-log = Laut unserem Protokoll
dispute-difference = Differenz
dispute-billed-quantity = Berechnete Menge
dispute-log-quantity = Menge laut unserem Protokoll
dispute-billed-amount = Berechneter Betrag
dispute-log-amount = Betrag laut unserem Protokoll
dispute-currency = Währung
dispute-why = Warum
dispute-total = Summe
dispute-why-heading = Was die Differenzen erklärt
dispute-ask-credit = Die Rechnung berechnet { $amount } mehr, als unser Nutzungsprotokoll zu den Preisen der Preisliste ergibt: Wir bitten um eine Gutschrift von { $amount }.
dispute-under = Die Rechnung berechnet { $amount } weniger, als unser Nutzungsprotokoll zu den Preisen der Preisliste ergibt.
dispute-matches = Jeder Posten der Rechnung stimmt mit unserem Nutzungsprotokoll überein.
dispute-same-total = Die Summe der Rechnung stimmt mit unserem Nutzungsprotokoll überein, ihre Posten nicht.
dispute-basis = Unser Nutzungsprotokoll für { $month }, Posten für Posten nach der in diesem Monat gültigen Preisliste berechnet.
dispute-status-matches = stimmt
dispute-status-differs = weicht ab
dispute-status-not_in_log = nicht in unserem Protokoll
dispute-status-not_invoiced = nicht berechnet
dispute-why-no-line = unser Nutzungsprotokoll ergibt keinen solchen Posten
dispute-why-twice = doppelt berechnet? Unser Nutzungsprotokoll ergibt einen Posten „{ $line }“, schon einem früheren Posten der Rechnung zugeordnet
dispute-why-not-invoiced = unser Nutzungsprotokoll ergibt diesen Posten; die Rechnung hat ihn nicht
dispute-why-more = { $units } Einheiten mehr berechnet, als unser Nutzungsprotokoll ergibt
dispute-why-fewer = { $units } Einheiten weniger berechnet, als unser Nutzungsprotokoll ergibt
dispute-why-too-far = die berechnete Menge, { $quantity }, liegt zu weit von der unseres Protokolls entfernt, um sie zu vergleichen
dispute-why-unit-price = { $quantity } × { $price } wären { $amount }: der berechnete Stückpreis ist nicht der der Preisliste
dispute-why-too-large = { $quantity } × { $price } ist zu groß, um es zu berechnen
dispute-why-points-more = { $what } mehr zu berechnen ({ $each } Punkte je Stück) würde es erklären
dispute-why-points-fewer = { $what } wegzulassen ({ $each } Punkte je Stück) würde es erklären
dispute-why-bot-at-agent = { $what }, zu den { $points } Punkten eines Mitarbeiters berechnet, würden es erklären
app-invoice-form-title = Eine Rechnung mit diesem Protokoll vergleichen
app-invoice-form-intro = Geben Sie die Posten der Rechnung wie berechnet ein, fügen Sie sie aus einer Tabelle ein (eine Zeile je Posten: Beschreibung, Menge, Betrag; durch Tabs oder Kommas getrennt) oder importieren Sie sie als CSV.
app-invoice-plan = Berechneter Tarif
app-invoice-month = Abgerechneter Monat
app-invoice-number = Rechnungsnummer
app-invoice-customer = Berechnet an (Sie)
app-invoice-head-description = Beschreibung auf der Rechnung
app-invoice-head-quantity = Menge
app-invoice-head-amount = Betrag
app-invoice-add-line = Posten hinzufügen
app-invoice-remove-line = Diesen Posten entfernen
app-invoice-paste = Posten aus einer Tabelle hier einfügen
app-invoice-import = Posten importieren (CSV)…
app-invoice-export-csv = Einspruch exportieren (CSV)…
app-invoice-export-pdf = Einspruch exportieren (PDF)…
app-invoice-saved = Einspruch gespeichert: { $path }
app-invoice-lines-read =
    { $count ->
        [one] 1 Posten aus { $file } gelesen
       *[other] { $count } Posten aus { $file } gelesen
    }
app-head-difference = Differenz
app-invoice-more = Die Rechnung berechnet { $amount } mehr, als das Protokoll ergibt.
app-invoice-less = Die Rechnung berechnet { $amount } weniger, als das Protokoll ergibt.
app-invoice-same = Die Summe der Rechnung ist, was das Protokoll ergibt.
app-refused-warning =
    { $count ->
        [one] 1 freie Nachricht wurde ohne offenes Kundenservice-Fenster gesendet: Meta lehnt solche ab, daher wird sie nicht berechnet (unter „Abgelehnt“ aufgeführt).
       *[other] { $count } freie Nachrichten wurden ohne offenes Kundenservice-Fenster gesendet: Meta lehnt solche ab, daher werden sie nicht berechnet (unter „Abgelehnt“ aufgeführt).
    }
app-source-contract-note = aus Ihren Vertragsbedingungen, wie in diesem Szenario eingegeben
app-check-days = eine Anzahl Tage, etwa 30
app-check-percent = ein Prozentsatz wie 10
app-check-amount = ein Betrag wie 50.00 (mit Punkt)
app-check-country = ein Ländercode aus zwei Buchstaben, etwa NL

# Die Reihung und die Rechnungsvorschau.
app-ranking-title = { $scenario } · { $month } · gereiht in { $currency } nach dem, was jeder Tarif Sie kostet
app-head-plan = Tarif
app-head-cost-in = Kosten ({ $currency })
app-head-billed = Berechnet
app-not-ranked-group = Nicht gereiht: Was diese Tarife kosten, ist nicht bekannt (bei jedem steht, warum)
app-no-cheapest = Kein Tarif ist als günstigster markiert: Was jeder Tarif kostet, ist nicht bekannt (siehe die einzelnen Tarife).
app-not-ranked = nicht gereiht
app-cost-in-house = { $amount } intern
app-cost-meta = { $amount } an Meta
app-open-preview = Rechnungsvorschau öffnen
app-badge-cheapest = günstigster
app-badge-unknown-price = ein Preis ist unbekannt
app-badge-needs-in-house = braucht Ihre eigenen Kosten
app-badge-not-sold = nicht gereiht: Arbeit, die er nicht verkauft
app-badge-examples =
    { $count ->
        [one] { $count } Beispiel- oder ungeprüfter Preis
       *[other] { $count } Beispiel- oder ungeprüfte Preise
    }
app-badge-own-figures =
    { $count ->
        [one] { $count } Ihre Angabe
       *[other] { $count } Ihre Angaben
    }
app-badge-estimates =
    { $count ->
        [one] { $count } eigene Schätzung
       *[other] { $count } eigene Schätzungen
    }
# $work kommt vom Kern, auf Englisch (`20 test drives`).
app-need-agent = Geben Sie ein, was ein Ergebnis durch Ihre Mitarbeiter Sie intern kostet ({ $work }), um { $plan } zu reihen.
app-need-bot = Geben Sie ein, was ein Ergebnis durch Ihren Chatbot Sie intern kostet ({ $work }), um { $plan } zu reihen.
app-need-email = Geben Sie ein, was eine E-Mail Sie intern kostet ({ $work }), um { $plan } zu reihen.
app-need-seat = Geben Sie ein, was ein Live-Chat-Platz Sie intern kostet ({ $work }), um { $plan } zu reihen.
app-need-other = Geben Sie ein, was { $key } Sie intern kostet ({ $work }), um { $plan } zu reihen.
app-need-go = Eingeben
app-invoice-title = Rechnungsvorschau: { $plan } ({ $name }, Preisliste vom { $version })
app-billing-period = Abrechnungszeitraum { $from } bis { $to }
app-payee-meta = Direkt an Meta gezahlt
app-payee-in-house = Intern, zu Ihren eigenen Kosten
app-total-meta = Summe an Meta
app-total-in-house = Summe intern
app-head-line = Posten
app-head-quantity = Menge
app-head-unit-price = Einzelpreis
app-head-amount = Betrag
app-head-price-from = Preisquelle
app-scenario-cost = Kosten des Szenarios mit diesem Tarif: { $amount }
app-conversion = Berechnet { $billed }, das sind { $converted } zu 1 { $from } = { $rate } { $to } (Kurs vom { $date }, { $status })
app-meter = { $unit }: { $used } verbraucht, { $included } enthalten, { $over } darüber
app-wallet =
    Guthaben: { $opening } zu Beginn, { $deducted } abgebucht, { $count ->
        [one] { $count } Aufladung
       *[other] { $count } Aufladungen
    }, { $closing } am Ende. Ihre Karte wird diesen Monat mit { $charged } belastet: Grundgebühr und Aufladungen, eingezahltes Geld, nicht die Kosten des Monats (die Summe oben).
# Woher ein Preis stammt (in Großbuchstaben gezeigt).
app-source-published = veröffentlicht
app-source-derived = abgeleitet
app-source-reconstructed = rekonstruiert
app-source-unverified = ungeprüft
app-source-example = Beispiel
app-source-contract = Vertrag
app-source-estimate = Ihre Schätzung

# Break-even und Simulation.
app-vary = Variieren
app-from = Von
app-to = Bis
app-draw = Zeichnen
app-plans = Tarife:
app-range-invalid = Von und Bis sind ganze Zahlen, Von nicht größer als Bis
app-choose-plan = Wählen Sie mindestens einen Tarif
app-breakeven-alt = Kosten jedes Tarifs nach { $axis }
app-export-svg = SVG exportieren…
app-export-png = PNG exportieren…
app-cheapest = Günstigster
app-stretch = { $from } bis { $to }
app-stretch-incomplete = seine Kosten sind nicht überall bekannt
app-crossings = Schnittpunkte
app-head-at = Bei
app-head-cheaper = Ab hier günstiger
app-head-cost = Kosten
app-head-than = als
app-no-crossings = Keine Schnittpunkte: Die Tarife behalten ihre Reihenfolge über den ganzen Bereich.
app-months = Monate
app-growth = Wachstum pro Monat (%)
app-simulate = Simulieren
app-months-invalid = Monate: eine ganze Zahl von 1 bis 600
app-simulation-alt = Kosten jedes Tarifs, Monat für Monat
app-head-month = Monat
app-incomplete = (unvollständig)
app-wallet-end = Guthaben { $amount } am Ende
app-topped-up = aufgeladen mit { $amount } am { $day }

# Import.
app-log = Protokoll
app-log-whatsapp = WhatsApp-Nachrichtenprotokoll
app-log-usage = Nutzungsprotokoll (Chats und Ergebnisse)
# $columns sind die Spaltennamen der Datei selbst.
app-columns = Spalten: { $columns }
app-timezone = Zeitzone
app-timezone-hint = Die des Kontos (IANA-Name, etwa Europe/Amsterdam): Monate wechseln um Mitternacht dieser Zone.
app-currency = Währung
app-skip-invalid = Unlesbare Zeilen überspringen (gezählt und aufgelistet)
app-import-run = Protokoll wählen und berechnen…
app-import-intro = Wählen Sie ein Protokoll: Es wird Monat für Monat zu einer rechnungsähnlichen Übersicht berechnet. Große Protokolle zeigen ihren Fortschritt und lassen sich abbrechen.
app-choose-whatsapp = Wählen Sie das WhatsApp-Nachrichtenprotokoll im Dialog.
app-choose-usage = Wählen Sie das Nutzungsprotokoll im Dialog.
app-reading-whatsapp = Das WhatsApp-Nachrichtenprotokoll wird gelesen…
app-reading-usage = Das Nutzungsprotokoll wird gelesen…
app-starting = Wird gestartet…
app-progress = { $percent } % ({ $done } von { $total })
app-read-again = Das Protokoll ist nicht zeitlich geordnet: Es wird zum Sortieren noch einmal gelesen.
app-rated = { $path } berechnet
app-cancelled = Abgebrochen: Es wurde nichts importiert.
app-rows =
    { $count ->
        [one] { $count } Zeile gelesen, { $skipped } übersprungen
       *[other] { $count } Zeilen gelesen, { $skipped } übersprungen
    }
app-whatsapp-title = { $file }: WhatsApp zu den Tarifen von Meta
app-incomplete-rate = unvollständig: ein Tarif ist unbekannt
app-account-zone = Zeitzone des Kontos { $zone }
# $unit ist `conversation` oder `message`.
app-growth-own = Eigenes Wachstum pro Monat (%)
app-growth-contacts = Kontakte
app-growth-outcomes = Ergebnisse
app-growth-whatsapp = WhatsApp
app-growth-as-above = wie oben
app-switch-saves = Ein Wechsel von { $from } zu { $to } im { $month } spart { $amount } über { $months ->
    [one] den Monat
   *[other] die { $months } Monate
    }.
app-no-switch = Kein anderer Tarif wird günstiger als { $plan }, der günstigste im ersten Monat.
app-cumulative-alt = Bisherige Kosten jedes Tarifs, Monat für Monat
app-export-cumulative-svg = Bisherige Kosten als SVG exportieren…
app-export-cumulative-png = Bisherige Kosten als PNG exportieren…
app-invoiced = Rechnung { $amount }
app-simulation-currency = Kosten in { $currency }: alles, was das Szenario bei jedem Tarif kostet, umgerechnet wie im Vergleich. Unter einem Betrag die Rechnung des Anbieters in seiner eigenen Währung, wo sie abweicht.
app-month-title =
    { $unit ->
        [conversation] { $month } · Preisversion { $version } · berechnet pro Unterhaltung
        [message] { $month } · Preisversion { $version } · berechnet pro Nachricht
       *[other] { $month } · Preisversion { $version } · berechnet pro { $unit }
    }
app-head-market = Markt
app-head-category = Kategorie
app-head-billable = Kostenpflichtig
app-head-free = Kostenlos
app-head-free-because = Kostenlos wegen
app-unknown = unbekannt
app-reason-free_tier = kostenloses Kontingent
app-reason-free_entry_point = kostenloser Einstiegspunkt
app-reason-customer_service_window = Kundenservice-Fenster
app-reason-not_charged = nicht berechnet
app-refused = Abgelehnt:
app-refused-row = Zeile { $line } ({ $contact } um { $time })
app-usage-title = { $file }: jeder Tarif, Monat für Monat
app-billed = berechnet { $amount }
app-row-outcomes = Ergebnisse durch Agenten und Chatbots
app-usage-note = Beträge in { $currency }; Ergebnisse durch die eigenen Mitarbeiter des Kunden werden nicht berechnet. „{ $open }“ übernimmt diese Nutzung ins Formular (spätere Monate als Szenario Monat für Monat für die Simulation).
app-open-as-scenario = Als Szenario öffnen
app-check-invoice = Eine Rechnung damit prüfen…
app-scenario-from = Szenario aus { $file } (nicht gespeichert)
app-invoice-check-title = Rechnung { $plan } { $month }:
app-matches-log = stimmt mit dem Protokoll überein
app-differs-from-log = stimmt nicht mit dem Protokoll überein
app-head-status = Status
app-head-log = Protokoll
app-head-billed-amount = Berechneter Betrag
app-head-log-amount = Betrag laut Protokoll
app-check-line-matches = stimmt
app-check-line-differs = weicht ab
app-check-line-not_in_log = nicht im Protokoll
app-check-line-not_invoiced = nicht berechnet

# Preislisten.
app-cards-intro = Als Beispiel oder ungeprüft markierte Preise werden in jedem Angebot gekennzeichnet, das sie verwendet. Ihre Änderungen werden im Datenordner der App gespeichert; die mitgelieferten Preislisten werden nie geändert.
app-card-label = Preisliste { $name }
app-card-saved = { $name }: Ihre Kopie ist gespeichert und wird ab jetzt verwendet
app-card-not-saved = { $name }: nicht gespeichert; die Kopie hat die darunter aufgeführten Probleme, und die verwendete Karte ist unverändert
app-card-reset-done = { $name }: die mitgelieferte Karte wird wieder verwendet
app-card-edited = Ihre bearbeitete Kopie
app-head-in-force = Gültig ab
app-head-plans = Tarife
app-head-source = Quelle
app-card-edit = Eine Kopie bearbeiten
app-card-save = Meine Kopie prüfen und speichern
app-card-reset = Zurück zur mitgelieferten Preisliste
app-date-example = etwa { $example }
app-above-cheapest = { $amount } mehr als der günstigste
app-year-cost = { $amount } im Jahr
app-per-contact = { $amount } je engagiertem Kontakt
app-per-outcome = { $amount } je Ergebnis
app-save-copy = Kopie speichern…
app-saved-copy = Eine Kopie ist als { $path } gespeichert; Sie bearbeiten weiter diese Datei
app-no-turns = Der günstigste Tarif bleibt überall derselbe.
app-other-crossings = { $count ->
        [one] Ein weiterer Schnittpunkt teurerer Tarife
       *[other] { $count } weitere Schnittpunkte teurerer Tarife
    }
app-fx-title = Wechselkurse
app-fx-intro = Tarife, die in einer anderen Währung abgerechnet werden, werden zu diesen Kursen verglichen: ein Monat wird zum letzten Kurs umgerechnet, der auf oder vor seinem letzten Tag datiert ist, die Gegenrichtung zum Kehrwert. Importieren Sie oben die Datei der EZB, um sie zu aktualisieren.
app-fx-head-rate = Letzter Kurs
app-fx-head-dated = Datum
app-fx-head-held = Kurse
app-fx-head-since = Seit
app-fx-reset = Zurück zu den mitgelieferten Kursen
app-import-rates-title = Preise aus den eigenen Dateien von Meta und der EZB aktualisieren
app-import-rates-intro = Die Datei wird gelesen und zuerst gezeigt, was sie ändern würde; geschrieben wird erst, wenn Sie sie anwenden. Importierte Preise kommen in Ihre eigenen Preislisten, als veröffentlicht mit dem Dateinamen als Quelle: Sie stehen für die Datei ein. Die mitgelieferten Preislisten ändern sich nie.
app-import-meta-effective = Preise von Meta gültig ab
app-import-meta = Preisliste von Meta importieren (CSV)…
app-import-ecb = Wechselkurse der EZB importieren…
app-import-ecb-hint = eurofxref-hist.csv, von der Seite der Euro-Referenzkurse der EZB (entpackt)
app-import-report-title = Was der Import ändern würde
app-import-meta-summary = { $file }: Preise von Meta in { $currency } ab { $effective } für { $markets ->
        [one] einen Markt
       *[other] { $markets } Märkte
    }. Preise, die sich ändern: { $changes }; gleich wie am Vortag: { $unchanged }.
app-import-meta-absent = { $count ->
        [one] Ein Markt, den die Datei nicht nennt, behält seine Preise
       *[other] { $count } Märkte, die die Datei nicht nennt, behalten ihre Preise
    }
app-import-replaced = Ersetzt: { $rows }
app-import-fx-summary = { $file }: { $currencies } Währungen, die pricesim verwendet; { $rates } Monatsendkurse übernommen (ein Monat wird zu seinem letzten Kurs umgerechnet).
app-import-fx-left-out = Währungen, die pricesim nicht verwendet, ausgelassen: { $currencies }
app-import-head-market = Markt
app-import-head-category = Kategorie
app-import-head-before = Vorher
app-import-head-after = Nachher
app-import-head-change = Änderung
app-import-head-span = In der Datei
app-import-head-months = Monate
app-import-writes = Anwenden schreibt in { $folder }: { $files }
app-import-writes-new = Anwenden legt Ihre eigenen Preislisten in { $folder } aus den mitgelieferten an und schreibt: { $files }
app-import-apply = Import anwenden
app-import-cancel = Lassen
app-import-applied = { $file }: importiert; Angebote verwenden es ab jetzt
app-import-not-applied = { $file }: nicht importiert; Ihre Preislisten sind unverändert
app-import-left = { $file }: gelassen, nicht importiert; Ihre Preislisten sind unverändert
app-import-refused = Diese Datei kann nicht importiert werden; nichts wurde geschrieben:
app-prices-as-of = Preisstand: { $list }

# Das Angebotsformular: die Angaben des Dokuments (das Dokument selbst ist in seiner eigenen Sprache).
app-quote-title = Angebotsdokument
app-quote-intro = Was das Dokument außer der Nutzung sagt. Mit dem Szenario gespeichert, unter [quote].
app-quote-who = Wer und wann
app-quote-customer = Kunde
app-quote-prepared-by = Erstellt von
app-quote-company = Ihr Unternehmen
app-quote-email = Ihre E-Mail
app-quote-logo = Logo (PNG oder SVG)
app-choose = Auswählen…
app-quote-number = Angebotsnummer
app-quote-date = Datum
app-quote-date-placeholder = heute (JJJJ-MM-TT)
app-quote-valid-days = Gültig (Tage)
app-quote-price = Preis
app-discount = Rabatt
app-discount-none = Keiner
app-discount-percent = Prozent
app-discount-amount = Betrag
app-discount-on-plan-fee = auf die Grundgebühr
app-discount-on-total = auf den Gesamtbetrag
app-vat = USt.
app-vat-none = Keine Umsatzsteuerzeile
app-vat-reverse = Reverse Charge (Unternehmen in der EU)
app-vat-rate = { $country } { $percent } %
app-quote-language = Sprache des Angebots
app-quote-language-default = English (Standard)
app-quote-compare = Alle verglichenen Tarife, gereiht, als Anhang hinzufügen
app-quote-plans = Angebotene Tarife (keiner angehakt: der günstigste)
app-quote-not-exported = Nicht exportiert: Das Szenario enthält Fehler (neben den Feldern angezeigt). Beheben Sie sie zuerst.
app-quote-check = Vor dem Versand prüfen (für den Kunden nicht sichtbar):
app-quote-all-published = Jeder Preis darin ist veröffentlicht oder stammt aus Ihrem Vertrag.
app-export-pdf = PDF exportieren…
app-export-html = HTML exportieren…

## Ranges: counts the user is unsure of, and what they do to the ranking
app-legend-ranges = Spannen (unsichere Mengen)
app-ranges-hint = Geben Sie einer Menge ihr Minimum und Maximum: Die Rangfolge zeigt dann die Streuung der Kosten jedes Tarifs und wie oft er der günstigste ist. Die erwartete Menge steht in ihrem Feld oben.
app-range-add = Spanne hinzufügen für…
app-range-remove = Diese Spanne entfernen
app-range-alone = bewegt sich unabhängig
app-range-with = bewegt sich mit { $count }
app-range-low-of = Mindestens { $count }
app-range-high-of = Höchstens { $count }
app-range-with-of = Womit sich { $count } bewegt
app-head-count = Menge
app-head-low = Mindestens
app-head-expected = Erwartet
app-head-high = Höchstens
app-check-range-order = Minimum, Erwartung und Maximum müssen steigen: { $low } ≤ { $expected } ≤ { $high }
app-spread-title = 1 Monat von 10 unter { $p10 }, die Hälfte unter { $p50 }, 1 von 10 über { $p90 }
app-spread = Median { $p50 }; { $p10 } bis { $p90 }
app-chance = in { $percent } % der Fälle am günstigsten
app-sampling = Über { $samples } gezogene Monate (Dreiecksverteilungen, Startwert { $seed }): bei jeder Berechnung und in pricesim quote dieselben Zahlen.
app-assumptions = zwischen { $low } und { $high }, je nach: { $questions }
app-assumptions-title = Unbestätigte Regeln, auf denen diese Kosten beruhen
app-not-known = unbekannt
app-headroom = { $plan } bleibt am günstigsten, solange sich eine Menge ändert und der Rest gleich bleibt:
app-headroom-count = { $count } ({ $expected }):
app-headroom-up = kann um { $percent } % wachsen (bis { $at }), bevor { $plan } günstiger ist
app-headroom-up-none = bleibt am günstigsten bis { $to }
app-headroom-down = unter { $at } ist { $plan } günstiger
app-headroom-down-none = bleibt am günstigsten bis 0
app-next-change = Ab { $date } ({ $cards }) kostet dieselbe Nutzung { $cost } bei { $plan }, dann dem günstigsten.
app-next-change-reranks = Die Rangfolge ändert sich.
app-next-change-same = Die Rangfolge bleibt gleich.
app-fan-title = Über die Spannen
app-fan-hint = Die Kosten jedes Tarifs entlang derselben Menge, als Band von P10 bis P90 der aus den übrigen Spannen des Szenarios gezogenen Monate, der Median als Linie; die eigene Spanne der Menge ist schattiert. Wo sich Bänder überlappen, ist nicht sicher, welcher Tarif günstiger ist.
app-fan-alt = Streuung der Kosten jedes Tarifs nach { $axis }
app-export-fan-svg = Fächer als SVG exportieren…
app-export-fan-png = Fächer als PNG exportieren…

# The price form of the rate-card screen, and the TOML editor beside it.
app-source-user = Ihre Angabe
app-card-edit-toml = TOML bearbeiten (für Fortgeschrittene)
app-card-go-to-line = Diese Zeile im Editor zeigen
app-prices-title = Preise
app-prices-intro = Ändern Sie einen Wert, wird er zu Ihrer Angabe und in jedem Angebot, das ihn verwendet, als Ihre markiert. Nur die geänderten Preise werden in Ihre Kopie der Preisliste geschrieben, die wie jede Änderung geprüft wird, bevor sie gilt.
app-prices-version = Gültig ab { $date } ({ $plans ->
        [one] 1 Tarif
       *[other] { $plans } Tarife
    })
app-prices-save = Meine Preise prüfen und speichern
app-prices-saved = { $name }: { $count ->
        [one] 1 Preis
       *[other] { $count } Preise
    } in Ihrer Kopie gespeichert und ab jetzt verwendet
app-prices-not-saved = { $name }: nicht gespeichert; die im Formular markierten Preise haben Fehler, die verwendete Preisliste ist unverändert
app-prices-unchanged = { $name }: kein Preis geändert, nichts gespeichert
app-figure-head-what = Preis
app-figure-head-value = Wert
app-figure-head-status = Status
app-figure-fee = { $line }: Monatsgebühr
app-figure-included = { $line }: inklusive
app-figure-unit-price = { $line }: je Einheit über dem Inklusivvolumen
app-figure-unit-price-per = { $line }: je { $per } über dem Inklusivvolumen
app-figure-range-price = { $line }, { $range }: Preis der Stufe
app-figure-tier-price = { $line }, { $range }: Preis je Einheit
app-figure-discount = Laufzeit { $line }: Rabatt
app-figure-range = { $from } – { $to }
app-figure-range-open = über { $from }
app-figure-unknown = nicht veröffentlicht
app-figure-status-label = Status von { $what }
app-figure-note-label = Quelle von { $what }
app-figure-note-hint = woher diese Angabe stammt
app-figure-version-source = mit der Quelle der Version
