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
