//! The date of the event an article reports, from the date mentions of its opening paragraphs
//! (`يوم الاثنين`, `صباح الأربعاء`, `الثالث من سبتمبر`, `17 مارس 2026`) resolved against its
//! publication date.

use chrono::NaiveDate;
use marsad_arabic::dates::{find_dates, resolve, DateValue};

/// How many opening lines may date the event: news puts the when in the lead.
const LEAD_LINES: usize = 2;

/// The most days an event may lie before its report's publication: a lead that names an older
/// day recalls background (`منذ هجمات 11 سبتمبر 2001`, last year's summit), not the event.
pub const MAX_EVENT_LAG_DAYS: i64 = 31;

/// The event date: the first date mention of the lead that resolves to a day on or before the
/// publication date and at most [`MAX_EVENT_LAG_DAYS`] before it. Without a publication date,
/// only a full date counts, bounded the same way by when the article was `fetched` (it was
/// published before): a 2012 date in a lead fetched in 2015 is background. `None` when nothing
/// resolves.
pub fn event_date(text: &str, published: Option<NaiveDate>, fetched: Option<NaiveDate>) -> Option<NaiveDate> {
    let bound = published.or(fetched);
    text.lines().take(LEAD_LINES).flat_map(find_dates).find_map(|mention| {
        let date = match (&mention.value, published) {
            (DateValue::Full(date), _) => Some(*date),
            (value, Some(reference)) => resolve(value, reference),
            (_, None) => None,
        }?;
        bound.is_none_or(|b| date <= b && (b - date).num_days() <= MAX_EVENT_LAG_DAYS).then_some(date)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn resolves_the_lead_against_the_publication_date() {
        let monday = ymd(2026, 5, 18);
        let cases = [
            ("انهار جزء من السد فجر الأحد، فتدفقت المياه.", monday, ymd(2026, 5, 17)),
            ("التقى الوزيران يوم الاثنين في العاصمة.", monday, monday),
            ("وقعت الاتفاقية في الثالث من مايو.", monday, ymd(2026, 5, 3)),
            ("تعهد مانحون يوم الثلاثاء 17 مارس/آذار 2026 بمساعدات.", None, ymd(2026, 3, 17)),
            ("قال مسؤولون إن الوضع مستقر.", monday, None),
            ("التقى الوزيران يوم الاثنين في العاصمة.", None, None),
            // A date after publication is a plan, not the event.
            ("تعقد القمة في 20 مايو 2026.", monday, None),
            // A day long before publication is background, not the event.
            ("بعد عام على قمة 12 يونيو 2025، التقى الزعيمان مجددا.", monday, None),
            ("قال الوزير في 30 أبريل 2026 إن المحادثات مستمرة.", monday, ymd(2026, 4, 30)),
        ];
        for (text, published, want) in cases {
            assert_eq!(event_date(text, published, None), want, "text {text}");
        }
    }

    #[test]
    fn the_fetch_date_bounds_a_full_date_when_nothing_says_when_published() {
        let fetched = ymd(2015, 6, 10);
        assert_eq!(event_date("وقع الحادث في 12 يونيو 2012.", None, fetched), None, "background");
        assert_eq!(event_date("وقع الحادث في 2 يونيو 2015.", None, fetched), ymd(2015, 6, 2));
        assert_eq!(event_date("تعقد القمة في 20 يونيو 2015.", None, fetched), None, "a plan");
        assert_eq!(event_date("التقى الوزيران يوم الاثنين.", None, fetched), None, "a weekday needs a publication date");
    }

    #[test]
    fn only_the_lead_counts() {
        let text = "افتتحت البلدية جسرا جديدا.\nوقال رئيسها إن العمل بدأ.\nوكان المشروع قد أعلن يوم الأحد.";
        assert_eq!(event_date(text, ymd(2026, 5, 18), None), None);
    }
}
