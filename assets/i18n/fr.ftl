# Le devis, en français. Les termes de Web1on1 sont ceux de sa page « Explication des tarifs ».
# Nombres, montants et dates arrivent mis en forme ($n, $amount, $date) ; $count choisit le pluriel.
offer-title = Devis
offer-number = Numéro de devis
offer-date = Date
offer-valid-until = Valable jusqu'au
offer-valid-cut-meta = les tarifs WhatsApp de Meta changent le { $date }
offer-valid-cut-vendor = les prix de { $vendor } changent le { $date }
offer-for = Pour
offer-from = De
offer-usage = Hypothèses de ce devis, par mois
offer-description = Désignation
offer-quantity = Quantité
offer-unit-price = Prix unitaire
offer-amount = Montant
offer-discount-percent = Remise de { $percent } sur { $on }
offer-discount-amount = Remise sur { $on }
offer-on-plan-fee = l'abonnement
offer-on-total = le total
offer-net = Total HT
offer-vat = TVA { $percent }
offer-no-vat = Montants hors TVA.
offer-reverse-charge = Autoliquidation : la TVA est due par le preneur (article 196 de la directive 2006/112/CE).
offer-vat-source = Taux de TVA ({ $country }) : { $percent }, le taux normal ({ $source }).
offer-total = Total TTC par mois
offer-not-on-invoice = Hors de cette facture
offer-meta-direct = Frais WhatsApp payés directement à Meta : { $amount } par mois.
offer-in-house = Votre propre coût du travail que cette offre ne fait pas (votre estimation) : { $amount } par mois.
offer-uncovered = Non compris dans cette offre : { $what }.
offer-estimate = Ce devis est une estimation pour l'utilisation ci-dessus en { $month } ; il n'engage pas.
offer-appendix = Annexe : toutes les offres comparées, pour la même utilisation
offer-rank = Rang
offer-plan = Offre
offer-cost = Coût par mois
offer-cost-note = Coût par mois : tout ce que l'offre vous coûte pour cette utilisation, y compris ce que vous payez à d'autres et votre propre travail, hors TVA et avant remise.
offer-not-ranked = non comparable : { $why }
offer-offered = proposée
offer-page = Page { $page } sur { $pages }
line-plan-fee = Forfait { $plan }, abonnement mensuel
line-extra = { $unit } supplémentaires
line-extra-active = Contacts actifs supplémentaires
line-extra-engaged = Contacts engagés supplémentaires
line-extra-database = Contacts supplémentaires dans la base
line-extra-seats = Postes de chat en direct supplémentaires
line-extra-emails = E-mails supplémentaires, par { $per }
line-range-contacts = Contacts, de { $from } à { $to }
line-range-contacts-open = Contacts, à partir de { $from }
line-whatsapp-messages = Messages WhatsApp ({ $category }), { $market }
line-whatsapp-conversations = Conversations WhatsApp ({ $category }), { $market }
line-whatsapp-tier = { $line }, à partir du numéro { $from } du mois
category-marketing = marketing
category-utility = utilitaire
category-authentication = authentification
category-authentication_international = authentification internationale
category-service = service
category-business_initiated = à l'initiative de l'entreprise
category-user_initiated = à l'initiative du client
category-free_entry_point = point d'entrée gratuit
why-unknown-price = un prix n'est pas publié
why-uncovered = elle ne fait pas tout le travail et aucun coût interne n'est indiqué
why-no-rate = pas de taux de change vers la devise du devis
usage-engaged =
    { $count ->
        [one] { $n } contact engagé
       *[other] { $n } contacts engagés
    }
usage-active =
    { $count ->
        [one] { $n } contact actif
       *[other] { $n } contacts actifs
    }
usage-database =
    { $count ->
        [one] { $n } contact dans la base
       *[other] { $n } contacts dans la base
    }
usage-seats =
    { $count ->
        [one] { $n } poste de chat en direct
       *[other] { $n } postes de chat en direct
    }
usage-emails =
    { $count ->
        [one] { $n } e-mail envoyé
       *[other] { $n } e-mails envoyés
    }
usage-whatsapp-messages =
    { $count ->
        [one] { $n } message WhatsApp ({ $category }), { $country }
       *[other] { $n } messages WhatsApp ({ $category }), { $country }
    }
usage-whatsapp-conversations =
    { $count ->
        [one] { $n } conversation WhatsApp ({ $category }), { $country }
       *[other] { $n } conversations WhatsApp ({ $category }), { $country }
    }
usage-by-agent = { $what } par des agents
usage-by-bot = { $what } par un chatbot
outcome-test_drive =
    { $count ->
        [one] { $n } rendez-vous pour un essai
       *[other] { $n } rendez-vous pour un essai
    }
outcome-video_call =
    { $count ->
        [one] { $n } rendez-vous par appel vidéo
       *[other] { $n } rendez-vous par appel vidéo
    }
outcome-showroom_visit =
    { $count ->
        [one] { $n } rendez-vous pour une visite du showroom
       *[other] { $n } rendez-vous pour une visite du showroom
    }
outcome-quotation_request =
    { $count ->
        [one] { $n } demande de devis
       *[other] { $n } demandes de devis
    }
outcome-information_request =
    { $count ->
        [one] { $n } demande d'informations
       *[other] { $n } demandes d'informations
    }
outcome-trade_in_valuation =
    { $count ->
        [one] { $n } évaluation de reprise
       *[other] { $n } évaluations de reprise
    }
outcome-workshop_appointment =
    { $count ->
        [one] { $n } rendez-vous en atelier
       *[other] { $n } rendez-vous en atelier
    }
outcome-whatsapp_reminder =
    { $count ->
        [one] { $n } rappel de rendez-vous via WhatsApp
       *[other] { $n } rappels de rendez-vous via WhatsApp
    }
outcome-support_information =
    { $count ->
        [one] { $n } information communiquée
       *[other] { $n } informations communiquées
    }
outcome-support_action =
    { $count ->
        [one] { $n } demande d'intervention
       *[other] { $n } demandes d'intervention
    }
outcome-crm_lead =
    { $count ->
        [one] { $n } lead vers votre CRM
       *[other] { $n } leads vers votre CRM
    }
outcome-mql_to_sql =
    { $count ->
        [one] { $n } lead MQL à SQL
       *[other] { $n } leads MQL à SQL
    }
outcome-whatsapp_concierge =
    { $count ->
        [one] { $n } conversation avec le chatbot WhatsApp Concierge
       *[other] { $n } conversations avec le chatbot WhatsApp Concierge
    }
outcome-whatsapp_standard_reply =
    { $count ->
        [one] { $n } réponse standard WhatsApp
       *[other] { $n } réponses standard WhatsApp
    }
outcome-topic_selection =
    { $count ->
        [one] { $n } sélection de sujet
       *[other] { $n } sélections de sujet
    }
outcome-csat =
    { $count ->
        [one] { $n } enquête de satisfaction (CSAT)
       *[other] { $n } enquêtes de satisfaction (CSAT)
    }
country-NL = Pays-Bas
country-BE = Belgique
country-DE = Allemagne
country-FR = France
country-LU = Luxembourg
country-AT = Autriche
country-CH = Suisse
country-GB = Royaume-Uni
country-IE = Irlande
country-ES = Espagne
country-PT = Portugal
country-IT = Italie
country-DK = Danemark
country-SE = Suède
country-NO = Norvège
country-FI = Finlande
country-PL = Pologne
country-US = États-Unis
