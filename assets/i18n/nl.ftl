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
