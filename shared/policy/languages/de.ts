/** German: function words, letters and the explanations of findings (see ./types.ts). */
import type { LanguageData } from './types'

export const GERMAN: LanguageData = {
  functionWords:
    'der das und ist nicht ich sie wir ihr ihre ihren ihrem ihnen uns unser unsere unseren mit fur auf bei ' +
    'von zu zum zur den dem des ein eine einen einem einer kein keine auch noch sehr bitte danke vielen dank ' +
    'hallo guten tag grusse freundlichen bestellung paket wenn dass wie wird werden haben sind konnen kann ' +
    'mochten gerne leider nach uber oder aber sich ihnen schon wurde ware die im am es mir mich dich nur ' +
    'hat hier jetzt gern dann als bis ob weil diese dieser diesen dieses ihm sein seine vom ins durch ' +
    'schicken senden sie bestellnummer zuruck wieder mein meine meinen gibt haben ja nein',
  letters: /[äöüß]/i,
  messages: {
    link: 'Link zu einer externen Website: Der Marktplatz sperrt Nachrichten, die Käufer von der Plattform wegführen. Entfernen Sie den Link und geben Sie die Information direkt in der Nachricht (oder als PDF-Anhang).',
    'link-disguised':
      'Verschleierte Webadresse (Punkte ersetzt oder getrennt geschrieben): Sie gilt als externer Link und sperrt die Nachricht. Entfernen Sie sie und geben Sie die Information direkt in der Nachricht.',
    'link-shortener':
      'Gekürzter Link: Er verbirgt sein Ziel und wird vom Marktplatz gesperrt. Entfernen Sie ihn; für die Sendungsverfolgung nennen Sie den Versanddienst und die Sendungsnummer.',
    'link-lookalike':
      'Dieser Link ahmt eine Domain des Marktplatzes oder eines Versanddienstes nach, führt aber woandershin: Er wird gesperrt und kann wie Phishing wirken. Entfernen Sie ihn; nennen Sie nur offizielle Adressen.',
    'link-allowed': 'Erlaubter Link: Website des Marktplatzes oder des Versanddienstes.',
    email:
      'E-Mail-Adresse: Direkte Kontaktdaten sind nicht erlaubt, auch nicht verschleiert („at“, „Punkt“). Entfernen Sie sie: Der Käufer antwortet über das Nachrichtensystem des Marktplatzes.',
    phone:
      'Telefonnummer: Direkte Kontaktdaten sind nicht erlaubt. Entfernen Sie sie und bieten Sie an, das Gespräch über das Nachrichtensystem des Marktplatzes fortzusetzen.',
    'social-platform':
      'Einladung, das Gespräch woanders fortzusetzen (soziales Netzwerk, Messenger, SMS): vom Marktplatz verboten. Entfernen Sie sie; die gesamte Unterhaltung muss im Nachrichtensystem des Marktplatzes bleiben.',
    'social-handle':
      'Kennung in einem sozialen Netzwerk (@…): Das ist eine Kontaktangabe und wird vom Marktplatz gesperrt. Entfernen Sie sie; die Unterhaltung muss im Nachrichtensystem des Marktplatzes bleiben.',
    'marketing-promo':
      'Werbung (Aktion, Ausverkauf, Gutscheincode): in Käufer-Verkäufer-Nachrichten nicht erlaubt. Entfernen Sie sie und behandeln Sie nur die aktuelle Bestellung; eine Geste für diese Bestellung (Erstattung, Ersatz) ist möglich.',
    'marketing-future':
      'Rabatt oder Vorteil auf eine künftige Bestellung: Das ist Werbung, die der Marktplatz verbietet. Entfernen Sie ihn; eine Geste für die aktuelle Bestellung ist möglich.',
    'marketing-newsletter':
      'Einladung zu einem Newsletter oder zu einem Abonnement: vom Marktplatz verboten. Entfernen Sie sie.',
    'marketing-products':
      'Werbung für Ihre anderen Produkte oder Ihren Shop: in Nachrichten nicht erlaubt. Entfernen Sie sie und beschränken Sie sich auf die aktuelle Bestellung.',
    'review-positive':
      'Bitte um eine positive oder 5-Sterne-Bewertung: Der Marktplatz verbietet es, Bewertungen zu lenken. Schreiben Sie stattdessen neutral, z. B. „Wenn Sie möchten, können Sie Ihre Erfahrung auf der Produktseite teilen.“',
    'review-satisfied':
      'Bitte um Bewertung nur an zufriedene Käufer (oder Umlenkung negativer Bewertungen): nicht erlaubt. Laden Sie alle Käufer gleich und ohne Bedingung ein: „Sie können Ihre Meinung auf der Produktseite teilen.“',
    'review-incentive':
      'Gegenleistung für eine Bewertung (Erstattung, Geschenk, Rabatt): vom Marktplatz verboten. Trennen Sie die Bewertung vom Vorteil; eine Kulanzgeste darf nie von einer Bewertung abhängen.',
    'review-change':
      'Bitte, eine Bewertung zu ändern oder zu löschen: nicht erlaubt, auch nicht nach gelöstem Problem. Beschreiben Sie einfach die Lösung; der Käufer bleibt in seiner Bewertung frei.',
    card: 'Kartennummer: Senden Sie sie nie per Nachricht. Entfernen Sie sie; Zahlungen und Erstattungen laufen über den Marktplatz.',
    iban: 'IBAN / Bankverbindung: in Nachrichten nicht erlaubt. Entfernen Sie sie; Erstattungen laufen über den Marktplatz.',
    password: 'Passwort oder Geheimcode: Teilen Sie ihn nie per Nachricht. Entfernen Sie ihn.',
    'national-id':
      'Ausweis- oder Sozialversicherungsnummer: sensible Daten, die nicht erlaubt sind. Entfernen Sie sie.',
    emoji: 'Emoji: Manche Marktplätze lehnen sie in Nachrichten ab. Schreiben Sie lieber schlichten Text.',
    shouting: 'Text in Großbuchstaben wirkt wie Schreien. Schreiben Sie ihn in Kleinbuchstaben.',
    'thanks-only':
      'Nachricht, die nur dankt: Der Marktplatz erlaubt keine Nachrichten ohne Bezug zur Bestellung. Fügen Sie eine nützliche Information hinzu oder senden Sie sie nicht.',
    'seller-rule':
      '„{term}“ steht auf Ihrer eigenen Liste: Sie haben entschieden, es zu melden. Formulieren Sie um oder entfernen Sie es vor dem Senden.',
    'seller-rule-note':
      '„{term}“ steht auf Ihrer eigenen Liste ({note}). Formulieren Sie um oder entfernen Sie es vor dem Senden.',
  },
}
