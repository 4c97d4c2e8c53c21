# De offerte, in het Nederlands. Getallen, bedragen en datums komen opgemaakt binnen ($n, $amount,
# $date); $count is het getal waarop het meervoud kiest.
offer-title = Offerte
offer-number = Offertenummer
offer-date = Datum
offer-valid-until = Geldig tot
offer-valid-cut-meta = de WhatsApp-tarieven van Meta wijzigen op { $date }
offer-valid-cut-vendor = de prijzen van { $vendor } wijzigen op { $date }
offer-for = Voor
offer-from = Van
offer-usage = Uitgangspunten van deze offerte, per maand
offer-description = Omschrijving
offer-quantity = Aantal
offer-unit-price = Prijs per stuk
offer-amount = Bedrag
offer-discount-percent = Korting van { $percent } op { $on }
offer-discount-amount = Korting op { $on }
offer-on-plan-fee = het abonnement
offer-on-total = het totaal
offer-net = Subtotaal
offer-vat = Btw { $percent }
offer-no-vat = Bedragen zijn exclusief btw.
offer-reverse-charge = Btw verlegd: de afnemer draagt de btw af (artikel 196 van richtlijn 2006/112/EG).
offer-vat-source = Btw-tarief van { $country }: { $percent }, het algemene tarief ({ $source }).
offer-total = Totaal per maand
offer-not-on-invoice = Niet op deze factuur
offer-meta-direct = WhatsApp-kosten, rechtstreeks aan Meta betaald: { $amount } per maand.
offer-in-house = Uw eigen kosten voor werk dat dit abonnement niet doet (uw schatting): { $amount } per maand.
offer-uncovered = Niet in dit abonnement: { $what }.
offer-estimate = Deze offerte is een schatting voor het bovenstaande gebruik in { $month } en is niet bindend.
offer-appendix = Bijlage: alle abonnementen vergeleken, voor hetzelfde gebruik
offer-rank = Plaats
offer-plan = Abonnement
offer-cost = Kosten per maand
offer-cost-note = Kosten per maand: alles wat het abonnement u kost voor dit gebruik, ook wat u aan anderen betaalt en uw eigen werk, vóór btw en korting.
offer-not-ranked = niet vergelijkbaar: { $why }
offer-offered = aangeboden
offer-page = Pagina { $page } van { $pages }
line-plan-fee = Abonnement { $plan }, maandbedrag
line-extra = Extra { $unit }
line-extra-active = Extra actieve contacten
line-extra-engaged = Extra betrokken contacten
line-extra-database = Extra contacten in de database
line-extra-seats = Extra livechatplekken
line-extra-emails = Extra e-mails, per { $per }
line-range-contacts = Contacten, { $from } tot en met { $to }
line-range-contacts-open = Contacten, vanaf { $from }
line-whatsapp-messages = WhatsApp-berichten ({ $category }), { $market }
line-whatsapp-conversations = WhatsApp-gesprekken ({ $category }), { $market }
line-whatsapp-tier = { $line }, vanaf nummer { $from } van de maand
category-marketing = marketing
category-utility = utility
category-authentication = authenticatie
category-authentication_international = internationale authenticatie
category-service = service
category-business_initiated = door het bedrijf gestart
category-user_initiated = door de klant gestart
category-free_entry_point = gratis instappunt
why-unknown-price = een prijs is niet gepubliceerd
why-uncovered = het doet niet al het werk en er is geen eigen kostprijs opgegeven
why-no-rate = geen wisselkoers naar de valuta van de offerte
usage-engaged =
    { $count ->
        [one] { $n } betrokken contact
       *[other] { $n } betrokken contacten
    }
usage-active =
    { $count ->
        [one] { $n } actief contact
       *[other] { $n } actieve contacten
    }
usage-database =
    { $count ->
        [one] { $n } contact in de database
       *[other] { $n } contacten in de database
    }
usage-seats =
    { $count ->
        [one] { $n } livechatplek
       *[other] { $n } livechatplekken
    }
usage-emails =
    { $count ->
        [one] { $n } verzonden e-mail
       *[other] { $n } verzonden e-mails
    }
usage-whatsapp-messages =
    { $count ->
        [one] { $n } WhatsApp-bericht ({ $category }), { $country }
       *[other] { $n } WhatsApp-berichten ({ $category }), { $country }
    }
usage-whatsapp-conversations =
    { $count ->
        [one] { $n } WhatsApp-gesprek ({ $category }), { $country }
       *[other] { $n } WhatsApp-gesprekken ({ $category }), { $country }
    }
usage-by-agent = { $what } door agents
usage-by-bot = { $what } door een chatbot
outcome-test_drive =
    { $count ->
        [one] { $n } proefrit
       *[other] { $n } proefritten
    }
outcome-video_call =
    { $count ->
        [one] { $n } afspraak via videogesprek
       *[other] { $n } afspraken via videogesprek
    }
outcome-showroom_visit =
    { $count ->
        [one] { $n } showroombezoek
       *[other] { $n } showroombezoeken
    }
outcome-quotation_request =
    { $count ->
        [one] { $n } offerteaanvraag
       *[other] { $n } offerteaanvragen
    }
outcome-information_request =
    { $count ->
        [one] { $n } informatieaanvraag
       *[other] { $n } informatieaanvragen
    }
outcome-trade_in_valuation =
    { $count ->
        [one] { $n } inruiltaxatie
       *[other] { $n } inruiltaxaties
    }
outcome-workshop_appointment =
    { $count ->
        [one] { $n } werkplaatsafspraak
       *[other] { $n } werkplaatsafspraken
    }
outcome-whatsapp_reminder =
    { $count ->
        [one] { $n } herinnering via WhatsApp
       *[other] { $n } herinneringen via WhatsApp
    }
outcome-support_information =
    { $count ->
        [one] { $n } supportantwoord
       *[other] { $n } supportantwoorden
    }
outcome-support_action =
    { $count ->
        [one] { $n } supportverzoek
       *[other] { $n } supportverzoeken
    }
outcome-crm_lead =
    { $count ->
        [one] { $n } lead naar uw CRM
       *[other] { $n } leads naar uw CRM
    }
outcome-mql_to_sql =
    { $count ->
        [one] { $n } MQL-naar-SQL-lead
       *[other] { $n } MQL-naar-SQL-leads
    }
outcome-whatsapp_concierge =
    { $count ->
        [one] { $n } gesprek met de WhatsApp Concierge-chatbot
       *[other] { $n } gesprekken met de WhatsApp Concierge-chatbot
    }
outcome-whatsapp_standard_reply =
    { $count ->
        [one] { $n } standaardantwoord op WhatsApp
       *[other] { $n } standaardantwoorden op WhatsApp
    }
outcome-topic_selection =
    { $count ->
        [one] { $n } onderwerpkeuze
       *[other] { $n } onderwerpkeuzes
    }
outcome-csat =
    { $count ->
        [one] { $n } CSAT-enquête
       *[other] { $n } CSAT-enquêtes
    }
country-NL = Nederland
country-BE = België
country-DE = Duitsland
country-FR = Frankrijk
country-LU = Luxemburg
country-AT = Oostenrijk
country-CH = Zwitserland
country-GB = Verenigd Koninkrijk
country-IE = Ierland
country-ES = Spanje
country-PT = Portugal
country-IT = Italië
country-DK = Denemarken
country-SE = Zweden
country-NO = Noorwegen
country-FI = Finland
country-PL = Polen
country-US = Verenigde Staten

## De schermen van de app (ui/): elk id begint met `app-`. $count is een getal, geschreven zoals
## de taal getallen schrijft, dat het meervoud kiest; elk ander argument komt als tekst binnen,
## al opgemaakt (bedragen, bestandsnamen, namen van abonnementen). Wat de kern schrijft
## (waarschuwingen, namen van abonnementen, factuurregels, voorwaarden van tariefkaarten) wordt
## getoond zoals de kern het geeft, in het Engels.

app-tab-scenario = Scenario & vergelijking
app-tab-breakeven = Omslagpunt
app-tab-simulation = Simulatie
app-tab-import = Importeren
app-tab-ratecards = Tariefkaarten
app-new = Nieuw…
app-open = Openen…
app-save = Opslaan
app-save-as = Opslaan als…
app-recent = Recente bestanden
app-recent-pick = Recente bestanden…
app-recent-none = Geen recente bestanden
app-export-csv = CSV exporteren…
app-export-quote = Offerte exporteren…
app-language = Taal
app-untitled = Naamloos scenario
app-unsaved = { $name } (niet-opgeslagen wijzigingen)
app-opened = { $path } geopend
app-opened-example = Voorbeeldscenario: dealergroep NL
app-saved = { $path } opgeslagen
app-exported = { $path } geëxporteerd
app-not-saved = Niet opgeslagen: het formulier bevat fouten (naast de velden getoond). Herstel die eerst: het bestand zou niet zijn wat het formulier toont.
app-not-exported = Niet geëxporteerd: het formulier bevat fouten (naast de velden getoond). Herstel die eerst: de export zou niet zijn wat het formulier toont.
app-new-blank = Nieuw scenario
app-undo = Ongedaan maken
app-redo = Opnieuw
app-undone = Ongedaan gemaakt: het formulier is zoals vóór uw laatste wijziging.
app-redone = Opnieuw gedaan: uw wijziging is terug.
app-nothing-to-undo = Niets om ongedaan te maken.
app-nothing-to-redo = Niets om opnieuw te doen.
app-help = Help
app-help-title = Hulp bij pricesim
app-help-intro = pricesim prijst een maand van uw gebruik op elk abonnement terwijl u typt, gerangschikt naar wat het hele scenario kost. De schermen:
app-help-scenario = Typ het gebruik (contacten, resultaten, WhatsApp per land, contractvoorwaarden, uw eigen kosten): elk abonnement wordt ernaast gerangschikt; open een abonnement voor zijn factuurvoorbeeld.
app-help-breakeven = Varieer één aantal tussen twee waarden en zie welk abonnement op elk stuk het goedkoopst is, en waar het goedkoopste abonnement wisselt.
app-help-simulation = De komende maanden met groei: de kosten van elk abonnement per maand, tegoeden met hun opwaarderingen.
app-help-import = Prijs een WhatsApp-berichtenlog of een gebruikslog per maand, controleer er een factuur mee, exporteer de resultaten als CSV.
app-help-ratecards = De gebruikte prijzen en waar elke prijs vandaan komt; bewerk een kopie van een tariefkaart, importeer de bestanden van Meta of de ECB.
app-help-keys = Sneltoetsen
app-help-head-action = Actie
app-help-head-keys = Toetsen
app-help-view = Een scherm tonen (in de volgorde van de tabbladen)
app-help-quit = Afsluiten (vraagt eerst naar niet-opgeslagen wijzigingen)
app-help-undo = Ongedaan maken neemt één wijziging per keer terug: wat u in één veld typte voordat u het verliet, een toegevoegd of verwijderd land, een gemaakte keuze. Terug tot het scenario zoals het laatst is opgeslagen, verdwijnt de markering voor niet-opgeslagen wijzigingen.
app-help-more = Help → Over toont de versie. De volledige handleiding van de app is docs/APP.md.
app-new-example = Nieuw scenario op basis van een voorbeeld
app-cards-problem = Uw bewerkte tariefkaarten konden niet worden gebruikt; de meegeleverde worden gebruikt: { $problem }
app-start-from = Beginnen met:
app-create = Maken
app-cancel = Annuleren
app-close = Sluiten
app-total = Totaal
app-problem-line = regel { $line }: { $message }
app-problem-line-field = regel { $line } ({ $field }): { $message }
app-problem-field = { $field }: { $message }

# Het scenarioformulier.
app-legend-scenario = Scenario
app-field-name = Naam
app-field-month = Maand
app-field-currency = Weergavevaluta
app-legend-counts = Contacten, agents, e-mails
app-count-engaged = Betrokken contacten
app-count-active = Actieve klanten
app-count-database = Contacten in de database
app-count-seats = Livechatagents
app-count-emails = Verzonden e-mails
app-placeholder-as-engaged = als betrokken
app-legend-outcomes = Voltooide resultaten per maand
app-head-outcome = Resultaat
app-head-by-agent = door agent
app-head-by-bot = door chatbot
# $actor is `agent` of `bot`.
app-outcome-by =
    { $actor ->
        [agent] { $outcome } door agent
       *[bot] { $outcome } door chatbot
    }
# De resultaten van Web1on1, zoals de offerte ze noemt.
app-outcome-test_drive = Proefrit
app-outcome-video_call = Afspraak via videogesprek
app-outcome-showroom_visit = Showroombezoek
app-outcome-quotation_request = Offerteaanvraag
app-outcome-information_request = Informatieaanvraag
app-outcome-trade_in_valuation = Inruiltaxatie
app-outcome-workshop_appointment = Werkplaatsafspraak
app-outcome-whatsapp_reminder = Herinnering via WhatsApp
app-outcome-support_information = Supportantwoord
app-outcome-support_action = Supportverzoek
app-outcome-crm_lead = Lead naar uw CRM
app-outcome-mql_to_sql = MQL-naar-SQL-lead
app-outcome-whatsapp_concierge = WhatsApp Concierge-chatbot
app-outcome-whatsapp_standard_reply = Standaardantwoord op WhatsApp
app-outcome-topic_selection = Onderwerpkeuze
app-outcome-csat = CSAT-enquête
app-legend-whatsapp = WhatsApp-verkeer per maand (gesprekken of sjabloonberichten)
app-head-country = Land
app-category-short-authentication = auth.
app-category-short-authentication_international = auth. buitenland
app-category-short-free_entry_point = gratis instap
app-remove-country = Dit land verwijderen
app-add-country = Land toevoegen: typ { $code } of { $name }
app-no-country = Geen land ‘{ $typed }’: typ de landcode van twee letters of de naam
app-usage-whatsapp = WhatsApp ({ $category }), { $country }
app-legend-in-house = Uw eigen kosten, in { $currency } (waar een abonnement het werk niet verkoopt)
app-in-house-hint = Uw eigen schattingen: een abonnement dat het werk niet verkoopt (resultaten, e-mails, plekken) wordt ermee berekend, gemarkeerd als uw schatting. Een kostprijs per resultaat, hieronder, gaat voor die van de uitvoerder.
app-in-house-agent = Een resultaat door uw medewerkers
app-in-house-bot = Een resultaat door uw chatbot
app-in-house-email = Een e-mail
app-in-house-seat = Een livechatplek
app-in-house-per-outcome = Een kostprijs per resultaat
app-head-by-your-staff = door uw medewerkers
app-head-by-your-bot = door uw chatbot
app-placeholder-as-above = als hierboven
app-in-house-of = Eigen kosten: { $what }
app-legend-terms = Uw contractvoorwaarden
app-default = (standaard)
app-check-count = een geheel getal, 0 of meer (gevonden: ‘{ $found }’)
app-check-cost = een bedrag zoals 12.50 (met een punt), 0 of meer (gevonden: ‘{ $found }’)
app-check-date = een datum zoals 2026-12-02
dispute-title = Factuurbezwaar
dispute-to = Aan
dispute-invoice = Factuur
dispute-plan = Abonnement
dispute-month = Gefactureerde maand
dispute-usage = Wat ons gebruikslogboek laat zien voor { $month }
dispute-lines = De factuur, regel voor regel
dispute-line = Regel
dispute-status = Status
dispute-billed = Gefactureerd
dispute-log = Volgens ons logboek
dispute-difference = Verschil
dispute-billed-quantity = Gefactureerd aantal
dispute-log-quantity = Aantal volgens ons logboek
dispute-billed-amount = Gefactureerd bedrag
dispute-log-amount = Bedrag volgens ons logboek
dispute-currency = Valuta
dispute-why = Waarom
dispute-total = Totaal
dispute-why-heading = Wat de verschillen verklaart
dispute-ask-credit = De factuur rekent { $amount } meer dan ons gebruikslogboek tegen de prijzen van de tariefkaart geeft: wij vragen u { $amount } te crediteren.
dispute-under = De factuur rekent { $amount } minder dan ons gebruikslogboek tegen de prijzen van de tariefkaart geeft.
dispute-matches = Elke regel van de factuur klopt met ons gebruikslogboek.
dispute-same-total = Het totaal van de factuur klopt met ons gebruikslogboek, de regels niet.
dispute-basis = Ons gebruikslogboek voor { $month }, regel voor regel geprijsd volgens de tariefkaart die die maand gold.
dispute-status-matches = klopt
dispute-status-differs = wijkt af
dispute-status-not_in_log = niet in ons logboek
dispute-status-not_invoiced = niet gefactureerd
dispute-why-no-line = ons gebruikslogboek geeft zo'n regel niet
dispute-why-twice = dubbel gefactureerd? Ons gebruikslogboek geeft één regel "{ $line }", al gekoppeld aan een eerdere regel van de factuur
dispute-why-not-invoiced = ons gebruikslogboek geeft deze regel; de factuur heeft hem niet
dispute-why-more = { $units } eenheden meer gefactureerd dan ons gebruikslogboek geeft
dispute-why-fewer = { $units } eenheden minder gefactureerd dan ons gebruikslogboek geeft
dispute-why-too-far = het gefactureerde aantal, { $quantity }, ligt te ver van dat van ons logboek om te vergelijken
dispute-why-unit-price = { $quantity } × { $price } zou { $amount } zijn: de gefactureerde prijs per eenheid is niet die van de tariefkaart
dispute-why-too-large = { $quantity } × { $price } is te groot om te berekenen
dispute-why-points-more = { $what } meer factureren ({ $each } punten per stuk) zou het verklaren
dispute-why-points-fewer = { $what } weglaten ({ $each } punten per stuk) zou het verklaren
dispute-why-bot-at-agent = { $what }, gefactureerd tegen de { $points } punten van een medewerker, zou het verklaren
app-invoice-form-title = Een factuur met dit logboek vergelijken
app-invoice-form-intro = Vul de regels van de factuur in zoals gefactureerd, plak ze uit een spreadsheet (een rij per regel: omschrijving, aantal, bedrag; gescheiden door tabs of komma's), of importeer ze als CSV.
app-invoice-plan = Gefactureerd abonnement
app-invoice-month = Gefactureerde maand
app-invoice-number = Factuurnummer
app-invoice-customer = Gefactureerd aan (u)
app-invoice-head-description = Omschrijving op de factuur
app-invoice-head-quantity = Aantal
app-invoice-head-amount = Bedrag
app-invoice-add-line = Regel toevoegen
app-invoice-remove-line = Deze regel verwijderen
app-invoice-paste = Plak hier regels uit een spreadsheet
app-invoice-import = Regels importeren (CSV)…
app-invoice-export-csv = Bezwaar exporteren (CSV)…
app-invoice-export-pdf = Bezwaar exporteren (PDF)…
app-invoice-saved = Bezwaar opgeslagen: { $path }
app-invoice-lines-read =
    { $count ->
        [one] 1 regel gelezen uit { $file }
       *[other] { $count } regels gelezen uit { $file }
    }
app-head-difference = Verschil
app-invoice-more = De factuur rekent { $amount } meer dan het logboek geeft.
app-invoice-less = De factuur rekent { $amount } minder dan het logboek geeft.
app-invoice-same = Het totaal van de factuur is wat het logboek geeft.
app-refused-warning =
    { $count ->
        [one] 1 vrij bericht is verzonden zonder open klantenservicevenster: Meta weigert die, dus het wordt niet gefactureerd (vermeld onder "Geweigerd").
       *[other] { $count } vrije berichten zijn verzonden zonder open klantenservicevenster: Meta weigert die, dus ze worden niet gefactureerd (vermeld onder "Geweigerd").
    }
app-source-contract-note = uit uw contractvoorwaarden, zoals ingevuld in dit scenario
app-check-days = een aantal dagen, zoals 30
app-check-percent = een percentage zoals 10
app-check-amount = een bedrag zoals 50.00 (met een punt)
app-check-country = een landcode van twee letters, zoals NL

# De rangschikking en het factuurvoorbeeld.
app-ranking-title = { $scenario } · { $month } · gerangschikt in { $currency } naar wat elk abonnement u kost
app-head-plan = Abonnement
app-head-cost-in = Kosten ({ $currency })
app-head-billed = Gefactureerd
app-not-ranked-group = Niet gerangschikt: wat deze abonnementen kosten is niet bekend (bij elk staat waarom)
app-no-cheapest = Geen abonnement is als goedkoopste gemarkeerd: wat elk abonnement kost is niet bekend (zie elk abonnement).
app-not-ranked = niet gerangschikt
app-cost-in-house = { $amount } eigen kosten
app-cost-meta = { $amount } aan Meta
app-open-preview = Factuurvoorbeeld openen
app-badge-cheapest = goedkoopst
app-badge-unknown-price = een prijs is onbekend
app-badge-needs-in-house = uw eigen kosten nodig
app-badge-not-sold = niet gerangschikt: werk dat het niet verkoopt
app-badge-examples =
    { $count ->
        [one] { $count } voorbeeld- of ongecontroleerde prijs
       *[other] { $count } voorbeeld- of ongecontroleerde prijzen
    }
app-badge-own-figures =
    { $count ->
        [one] { $count } uw cijfer
       *[other] { $count } uw cijfers
    }
app-badge-estimates =
    { $count ->
        [one] { $count } eigen schatting
       *[other] { $count } eigen schattingen
    }
# $work komt van de kern, in het Engels (`20 test drives`).
app-need-agent = Vul in wat een resultaat door uw medewerkers u zelf kost ({ $work }) om { $plan } te rangschikken.
app-need-bot = Vul in wat een resultaat door uw chatbot u zelf kost ({ $work }) om { $plan } te rangschikken.
app-need-email = Vul in wat een e-mail u zelf kost ({ $work }) om { $plan } te rangschikken.
app-need-seat = Vul in wat een livechatplek u zelf kost ({ $work }) om { $plan } te rangschikken.
app-need-other = Vul in wat { $key } u zelf kost ({ $work }) om { $plan } te rangschikken.
app-need-go = Invullen
app-invoice-title = Factuurvoorbeeld: { $plan } ({ $name }, tariefkaart van { $version })
app-billing-period = Factuurperiode { $from } tot en met { $to }
app-payee-meta = Rechtstreeks aan Meta betaald
app-payee-in-house = Eigen werk, tegen uw eigen kosten
app-total-meta = Totaal aan Meta
app-total-in-house = Totaal eigen kosten
app-head-line = Omschrijving
app-head-quantity = Aantal
app-head-unit-price = Prijs per stuk
app-head-amount = Bedrag
app-head-price-from = Bron van de prijs
app-scenario-cost = Kosten van het scenario op dit abonnement: { $amount }
app-conversion = Gefactureerd { $billed } is { $converted } tegen 1 { $from } = { $rate } { $to } (koers van { $date }, { $status })
app-meter = { $unit }: { $used } gebruikt, { $included } inbegrepen, { $over } extra
app-wallet =
    Tegoed: { $opening } aan het begin, { $deducted } afgeschreven, { $count ->
        [one] { $count } opwaardering
       *[other] { $count } opwaarderingen
    }, { $closing } aan het eind. Uw kaart wordt deze maand met { $charged } belast: het abonnement en de opwaarderingen, geld dat u stort, niet de kosten van de maand (het totaal hierboven).
# Waar een prijs vandaan komt (in hoofdletters getoond).
app-source-published = gepubliceerd
app-source-derived = afgeleid
app-source-reconstructed = gereconstrueerd
app-source-unverified = ongecontroleerd
app-source-example = voorbeeld
app-source-contract = contract
app-source-estimate = uw schatting

# Omslagpunt en simulatie.
app-vary = Variëren
app-from = Van
app-to = Tot
app-draw = Tekenen
app-plans = Abonnementen:
app-range-invalid = Van en tot zijn gehele getallen, van niet groter dan tot
app-choose-plan = Kies ten minste één abonnement
app-breakeven-alt = Kosten van elk abonnement naar { $axis }
app-export-svg = SVG exporteren…
app-export-png = PNG exporteren…
app-cheapest = Goedkoopst
app-stretch = { $from } t/m { $to }
app-stretch-incomplete = de kosten zijn niet overal bekend
app-crossings = Snijpunten
app-head-at = Bij
app-head-cheaper = Vanaf hier goedkoper
app-head-cost = Kosten
app-head-than = dan
app-no-crossings = Geen snijpunten: de abonnementen houden over het hele bereik hun volgorde.
app-months = Maanden
app-growth = Groei per maand (%)
app-simulate = Simuleren
app-months-invalid = Maanden: een geheel getal van 1 tot en met 600
app-simulation-alt = Kosten van elk abonnement, maand voor maand
app-head-month = Maand
app-incomplete = (onvolledig)
app-wallet-end = tegoed { $amount } aan het eind
app-topped-up = opgewaardeerd met { $amount } op { $day }

# Importeren.
app-log = Log
app-log-whatsapp = WhatsApp-berichtenlog
app-log-usage = Gebruikslog (chats en resultaten)
# $columns zijn de eigen kolomnamen van het bestand.
app-columns = Kolommen: { $columns }
app-timezone = Tijdzone
app-timezone-hint = Die van het account (IANA-naam, zoals Europe/Amsterdam): maanden wisselen om middernacht in die zone.
app-currency = Valuta
app-skip-invalid = Onleesbare rijen overslaan (geteld en vermeld)
app-import-run = Een log kiezen en berekenen…
app-import-intro = Kies een log: het wordt maand voor maand berekend tot een overzicht zoals een factuur. Grote logs tonen hun voortgang en kunnen worden geannuleerd.
app-choose-whatsapp = Kies het WhatsApp-berichtenlog in het dialoogvenster.
app-choose-usage = Kies het gebruikslog in het dialoogvenster.
app-reading-whatsapp = Het WhatsApp-berichtenlog wordt gelezen…
app-reading-usage = Het gebruikslog wordt gelezen…
app-starting = Bezig met starten…
app-progress = { $percent }% ({ $done } van { $total })
app-read-again = Het log staat niet in tijdsvolgorde: het wordt opnieuw gelezen om het te sorteren.
app-rated = { $path } berekend
app-cancelled = Geannuleerd: er is niets geïmporteerd.
app-rows =
    { $count ->
        [one] { $count } rij gelezen, { $skipped } overgeslagen
       *[other] { $count } rijen gelezen, { $skipped } overgeslagen
    }
app-whatsapp-title = { $file }: WhatsApp tegen de tarieven van Meta
app-incomplete-rate = onvolledig: een tarief is onbekend
app-account-zone = tijdzone van het account { $zone }
# $unit is `conversation` of `message`.
app-growth-own = Eigen groei per maand (%)
app-growth-contacts = Contacten
app-growth-outcomes = Resultaten
app-growth-whatsapp = WhatsApp
app-growth-as-above = als hierboven
app-switch-saves = Overstappen van { $from } naar { $to } in { $month } bespaart { $amount } over { $months ->
    [one] de maand
   *[other] de { $months } maanden
    }.
app-no-switch = Geen ander abonnement wordt goedkoper dan { $plan }, het goedkoopste in de eerste maand.
app-cumulative-alt = Kosten van elk abonnement tot nu toe, maand voor maand
app-export-cumulative-svg = Kosten tot nu toe als SVG…
app-export-cumulative-png = Kosten tot nu toe als PNG…
app-invoiced = factuur { $amount }
app-simulation-currency = Kosten in { $currency }: alles wat het scenario op elk abonnement kost, omgerekend zoals de vergelijking omrekent. Onder een bedrag de factuur van de leverancier in diens eigen valuta, waar die verschilt.
app-month-title =
    { $unit ->
        [conversation] { $month } · prijsversie { $version } · gefactureerd per gesprek
        [message] { $month } · prijsversie { $version } · gefactureerd per bericht
       *[other] { $month } · prijsversie { $version } · gefactureerd per { $unit }
    }
app-head-market = Markt
app-head-category = Categorie
app-head-billable = Te factureren
app-head-free = Gratis
app-head-free-because = Gratis omdat
app-unknown = onbekend
app-reason-free_tier = gratis tegoed
app-reason-free_entry_point = gratis instappunt
app-reason-customer_service_window = klantenservicevenster
app-reason-not_charged = niet in rekening gebracht
app-refused = Geweigerd:
app-refused-row = regel { $line } ({ $contact } om { $time })
app-usage-title = { $file }: elk abonnement, maand voor maand
app-billed = gefactureerd { $amount }
app-row-outcomes = Resultaten door agents en chatbots
app-usage-note = Bedragen in { $currency }; resultaten door de eigen medewerkers van de klant worden niet gefactureerd. ‘{ $open }’ zet dit gebruik in het formulier (latere maanden als een scenario per maand voor de simulatie).
app-open-as-scenario = Openen als scenario
app-check-invoice = Een factuur hiermee controleren…
app-scenario-from = Scenario uit { $file } (niet opgeslagen)
app-invoice-check-title = Factuur { $plan } { $month }:
app-matches-log = klopt met het log
app-differs-from-log = klopt niet met het log
app-head-status = Status
app-head-log = Log
app-head-billed-amount = Gefactureerd bedrag
app-head-log-amount = Bedrag volgens log
app-check-line-matches = klopt
app-check-line-differs = wijkt af
app-check-line-not_in_log = niet in het log
app-check-line-not_invoiced = niet gefactureerd

# Tariefkaarten.
app-cards-intro = Prijzen die als voorbeeld of ongecontroleerd zijn gemarkeerd, worden gemeld in elke offerte die ze gebruikt. Uw wijzigingen worden bewaard in de gegevensmap van de app; de meegeleverde kaarten worden nooit gewijzigd.
app-card-label = Tariefkaart { $name }
app-card-saved = { $name }: uw kopie is opgeslagen en wordt vanaf nu gebruikt
app-card-not-saved = { $name }: niet opgeslagen; de kopie heeft de problemen die eronder staan, en de gebruikte kaart is ongewijzigd
app-card-reset-done = { $name }: de meegeleverde kaart wordt weer gebruikt
app-card-edited = uw bewerkte kopie
app-head-in-force = Geldig vanaf
app-head-plans = Abonnementen
app-head-source = Bron
app-card-edit = Een kopie bewerken
app-card-save = Mijn kopie controleren en opslaan
app-card-reset = Terug naar de meegeleverde kaart
app-date-example = zoals { $example }
app-above-cheapest = { $amount } meer dan het goedkoopste
app-year-cost = { $amount } per jaar
app-per-contact = { $amount } per betrokken contact
app-per-outcome = { $amount } per resultaat
app-save-copy = Kopie opslaan…
app-saved-copy = Een kopie is opgeslagen als { $path }; u bewerkt nog steeds dit bestand
app-no-turns = Het goedkoopste abonnement blijft overal hetzelfde.
app-other-crossings = { $count ->
        [one] Eén ander snijpunt, van duurdere abonnementen
       *[other] { $count } andere snijpunten, van duurdere abonnementen
    }
app-fx-title = Wisselkoersen
app-fx-intro = Abonnementen die in een andere valuta worden gefactureerd, worden tegen deze koersen vergeleken: een maand wordt omgerekend tegen de laatste koers op of vóór de laatste dag, de andere richting tegen het omgekeerde. Importeer hierboven het bestand van de ECB om ze bij te werken.
app-fx-head-rate = Laatste koers
app-fx-head-dated = Datum
app-fx-head-held = Aantal koersen
app-fx-head-since = Sinds
app-fx-reset = Terug naar de meegeleverde koersen
app-import-rates-title = Prijzen bijwerken met de eigen bestanden van Meta en de ECB
app-import-rates-intro = Het bestand wordt gelezen en eerst wordt getoond wat het zou veranderen; er wordt niets geschreven tot u het toepast. Geïmporteerde tarieven komen in uw eigen tariefkaarten, als gepubliceerd met de bestandsnaam als bron: u staat in voor het bestand. De meegeleverde kaarten veranderen nooit.
app-import-meta-effective = Tarieven van Meta geldig vanaf
app-import-meta = Tariefkaart van Meta importeren (CSV)…
app-import-ecb = Wisselkoersen van de ECB importeren…
app-import-ecb-hint = eurofxref-hist.csv, van de ECB-pagina met referentiekoersen van de euro (uitgepakt)
app-import-report-title = Wat de import zou veranderen
app-import-meta-summary = { $file }: tarieven van Meta in { $currency } vanaf { $effective } voor { $markets ->
        [one] één markt
       *[other] { $markets } markten
    }. Tarieven die veranderen: { $changes }; gelijk aan de dag ervoor: { $unchanged }.
app-import-meta-absent = { $count ->
        [one] Eén markt die het bestand niet geeft, houdt haar tarieven
       *[other] { $count } markten die het bestand niet geeft, houden hun tarieven
    }
app-import-replaced = Vervangen: { $rows }
app-import-fx-summary = { $file }: { $currencies } valuta's die pricesim gebruikt; { $rates } koersen van het einde van de maand bewaard (een maand wordt omgerekend tegen haar laatste koers).
app-import-fx-left-out = Valuta's die pricesim niet gebruikt, weggelaten: { $currencies }
app-import-head-market = Markt
app-import-head-category = Categorie
app-import-head-before = Voor
app-import-head-after = Na
app-import-head-change = Verandering
app-import-head-span = In het bestand
app-import-head-months = Maanden
app-import-writes = Toepassen schrijft in { $folder }: { $files }
app-import-writes-new = Toepassen maakt uw eigen tariefkaarten in { $folder } uit de meegeleverde, en schrijft: { $files }
app-import-apply = Import toepassen
app-import-cancel = Laten
app-import-applied = { $file }: geïmporteerd; offertes gebruiken het vanaf nu
app-import-not-applied = { $file }: niet geïmporteerd; uw tariefkaarten zijn ongewijzigd
app-import-left = { $file }: gelaten, niet geïmporteerd; uw tariefkaarten zijn ongewijzigd
app-import-refused = Dit bestand kan niet worden geïmporteerd; er is niets geschreven:
app-prices-as-of = Prijzen per: { $list }

# Het offerteformulier: de gegevens van het document (het document zelf is in zijn eigen taal).
app-quote-title = Offertedocument
app-quote-intro = Wat het document zegt naast het gebruik. Opgeslagen met het scenario, onder [quote].
app-quote-who = Wie en wanneer
app-quote-customer = Klant
app-quote-prepared-by = Opgesteld door
app-quote-company = Uw bedrijf
app-quote-email = Uw e-mailadres
app-quote-logo = Logo (PNG of SVG)
app-choose = Kiezen…
app-quote-number = Offertenummer
app-quote-date = Datum
app-quote-date-placeholder = vandaag (JJJJ-MM-DD)
app-quote-valid-days = Geldig (dagen)
app-quote-price = Prijs
app-discount = Korting
app-discount-none = Geen
app-discount-percent = Percentage
app-discount-amount = Bedrag
app-discount-on-plan-fee = op het abonnement
app-discount-on-total = op het totaal
app-vat = Btw
app-vat-none = Geen btw-regel
app-vat-reverse = Btw verlegd (zakelijk, EU)
app-vat-rate = { $country } { $percent }%
app-quote-language = Taal van de offerte
app-quote-language-default = English (standaard)
app-quote-compare = Alle vergeleken abonnementen, gerangschikt, als bijlage toevoegen
app-quote-plans = Aangeboden abonnementen (geen aangevinkt: het goedkoopste)
app-quote-not-exported = Niet geëxporteerd: het scenario bevat fouten (naast de velden getoond). Herstel die eerst.
app-quote-check = Controleer vóór verzending (niet zichtbaar voor de klant):
app-quote-all-published = Elke prijs erin is gepubliceerd of komt uit uw contract.
app-export-pdf = PDF exporteren…
app-export-html = HTML exporteren…

## Ranges: counts the user is unsure of, and what they do to the ranking
app-legend-ranges = Bandbreedtes (aantallen waarover u twijfelt)
app-ranges-hint = Geef een aantal zijn minimum en maximum: de rangschikking toont dan per abonnement de spreiding van de kosten en hoe vaak het het goedkoopst is. Het verwachte aantal is dat in het veld hierboven.
app-range-add = Bandbreedte toevoegen aan…
app-range-remove = Deze bandbreedte verwijderen
app-range-alone = beweegt op zichzelf
app-range-with = beweegt mee met { $count }
app-range-low-of = Minimaal { $count }
app-range-high-of = Maximaal { $count }
app-range-with-of = Waarmee { $count } meebeweegt
app-head-count = Aantal
app-head-low = Minimaal
app-head-expected = Verwacht
app-head-high = Maximaal
app-check-range-order = minimum, verwacht en maximum moeten oplopen: { $low } ≤ { $expected } ≤ { $high }
app-spread-title = 1 maand op 10 onder { $p10 }, de helft onder { $p50 }, 1 op 10 boven { $p90 }
app-spread = mediaan { $p50 }; { $p10 } tot { $p90 }
app-chance = goedkoopst in { $percent } % van de gevallen
app-sampling = Over { $samples } gesimuleerde maanden (driehoeksverdeling, seed { $seed }): elke keer dezelfde cijfers, ook in pricesim quote.
app-assumptions = tussen { $low } en { $high }, afhankelijk van: { $questions }
app-assumptions-title = Onbevestigde regels waarop deze kosten rusten
app-not-known = onbekend
app-headroom = { $plan } blijft het goedkoopst zolang één aantal verandert en de rest gelijk blijft:
app-headroom-count = { $count } ({ $expected }):
app-headroom-up = kan { $percent } % groeien (tot { $at }) voordat { $plan } goedkoper is
app-headroom-up-none = blijft het goedkoopst tot { $to }
app-headroom-down = onder { $at } is { $plan } goedkoper
app-headroom-down-none = blijft het goedkoopst tot 0
app-next-change = Vanaf { $date } ({ $cards }) kost hetzelfde gebruik { $cost } bij { $plan }, dan het goedkoopst.
app-next-change-reranks = De rangschikking verandert.
app-next-change-same = De rangschikking blijft gelijk.
app-fan-title = Over de bandbreedtes
app-fan-hint = De kosten van elk abonnement langs hetzelfde aantal, als band van P10 tot P90 van maanden getrokken uit de andere bandbreedtes van het scenario, met de mediaan als lijn; de eigen bandbreedte van het aantal is gearceerd. Waar banden overlappen, is niet zeker welk abonnement goedkoper is.
app-fan-alt = Spreiding van de kosten van elk abonnement naar { $axis }
app-export-fan-svg = Waaier als SVG exporteren…
app-export-fan-png = Waaier als PNG exporteren…

# The price form of the rate-card screen, and the TOML editor beside it.
app-source-user = uw cijfer
app-card-edit-toml = De TOML bewerken (gevorderd)
app-card-go-to-line = Deze regel in de editor tonen
app-prices-title = Prijzen
app-prices-intro = Wijzig een waarde en die wordt uw cijfer, in elke offerte die haar gebruikt als het uwe gemarkeerd. Alleen de prijzen die u wijzigt worden in uw kopie van de kaart geschreven; die wordt zoals elke bewerking gecontroleerd voordat ze wordt gebruikt.
app-prices-version = Geldig vanaf { $date } ({ $plans ->
        [one] 1 abonnement
       *[other] { $plans } abonnementen
    })
app-prices-save = Mijn prijzen controleren en opslaan
app-prices-saved = { $name }: { $count ->
        [one] 1 prijs
       *[other] { $count } prijzen
    } opgeslagen in uw kopie en vanaf nu gebruikt
app-prices-not-saved = { $name }: niet opgeslagen; de gemarkeerde prijzen in het formulier hebben problemen, en de gebruikte kaart is ongewijzigd
app-prices-unchanged = { $name }: geen prijs gewijzigd, niets opgeslagen
app-figure-head-what = Prijs
app-figure-head-value = Waarde
app-figure-head-status = Status
app-figure-fee = { $line }: maandbedrag
app-figure-included = { $line }: inbegrepen
app-figure-unit-price = { $line }: per stuk boven het inbegrepene
app-figure-unit-price-per = { $line }: per { $per } boven het inbegrepene
app-figure-range-price = { $line }, { $range }: prijs van de schijf
app-figure-tier-price = { $line }, { $range }: prijs per stuk
app-figure-discount = { $line } looptijd: korting
app-figure-range = { $from } – { $to }
app-figure-range-open = boven { $from }
app-figure-unknown = niet gepubliceerd
app-figure-status-label = Status van { $what }
app-figure-note-label = Bron van { $what }
app-figure-note-hint = waar dit cijfer vandaan komt
app-figure-version-source = met de bron van de versie
