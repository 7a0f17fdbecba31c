//! An event's date (or end) at its precision: day, month, season or year, and the parts that
//! precision asks for. Parts that make no date say why beside the fields, in the format's
//! own words; until they make one, the event has no date (the checks say so too). "As
//! written" types the date in EDTF instead (`1949~`, `[..1950-03]`); a hedged date from a
//! file shows so.

use leptos::prelude::*;

use super::editor::use_editor;
use crate::core::author::date_parts::{
    precision_name, precision_named, season_label, season_named, DateParts, PRECISIONS, WRITTEN,
};
use crate::core::author::draft::DraftEvent;
use crate::core::model::dating::Dating;
use crate::core::model::event_date::{month_word, Precision, Season};
use crate::locale::editor_form;

/// Which of an event's dates the fields edit.
#[derive(Clone, Copy, PartialEq)]
pub enum Which {
    Date,
    End,
}

impl Which {
    fn of(self, event: &DraftEvent) -> Option<Dating> {
        match self {
            Which::Date => event.date.clone(),
            Which::End => event.end.clone(),
        }
    }

    fn set(self, event: &mut DraftEvent, date: Option<Dating>) {
        match self {
            Which::Date => event.date = date,
            Which::End => event.end = date,
        }
    }
}

#[component]
pub fn DateFields(id: String, which: Which, key: String, label: &'static str) -> impl IntoView {
    let editor = use_editor();
    let saved = {
        let id = id.clone();
        Memo::new(move |_| editor.event(&id, |e| which.of(e)).flatten())
    };
    let default_precision = if which == Which::Date {
        Precision::Day
    } else {
        Precision::Year
    };
    let parts = RwSignal::new(DateParts::of(
        saved.get_untracked().as_ref(),
        default_precision,
    ));
    let error = RwSignal::new(None::<String>);
    // An undo or redo changes the date under the fields: show it. Parts being typed that
    // make no date yet are left as they are.
    Effect::new(move |_| {
        let date = saved.get();
        let shown = parts.get_untracked().date();
        if shown.as_ref().ok().cloned().flatten() != date && (date.is_some() || shown.is_ok()) {
            parts.set(DateParts::of(
                date.as_ref(),
                parts.get_untracked().precision,
            ));
            error.set(None);
        }
    });
    let field = key.clone();
    let change = move |update: Box<dyn FnOnce(&mut DateParts)>| {
        parts.update(update);
        let result = parts.get_untracked().date();
        error.set(result.as_ref().err().map(|e| e.0.clone()));
        let date = result.ok().flatten();
        editor.type_in_event(&id, &field, move |e| which.set(e, date));
    };
    let precision = move || parts.with(|p| p.precision);
    let as_written = move || parts.with(|p| p.written.is_some());
    let in_parts = move |shown: &[Precision]| !as_written() && shown.contains(&precision());
    let error_id = format!("{key}-error");
    let (precision_id, month_id, day_id, season_id, written_id) = (
        format!("{key}-precision"),
        format!("{key}-month"),
        format!("{key}-day"),
        format!("{key}-season"),
        format!("{key}-written"),
    );
    let months = (1..=12u8)
        .map(|m| view! { <option value=m.to_string() selected=move || parts.with(|p| p.month == m)>{month_word(m)}</option> })
        .collect_view();
    let seasons = Season::ALL
        .into_iter()
        .map(|s| view! { <option value=s.name() selected=move || parts.with(|p| p.season == s)>{season_label(s)}</option> })
        .collect_view();
    let precisions = PRECISIONS
        .into_iter()
        .map(|(p, name)| view! { <option value=precision_name(p) selected=move || !as_written() && precision() == p>{name}</option> })
        .collect_view();
    let change_written = change.clone();
    let change_precision = change.clone();
    let change_year = change.clone();
    let change_month = change.clone();
    let change_season = change.clone();
    view! {
        <fieldset class="date-fields">
            <legend>{label}</legend>
            <div class="field-row">
                <div class="field">
                    <label for=precision_id.clone()>{editor_form::precision()}</label>
                    <select id=precision_id on:change=move |ev| {
                        let value = event_target_value(&ev);
                        if value == WRITTEN.0 {
                            // The date so far, as written, to hedge from there.
                            change_precision(Box::new(|parts| {
                                let date = parts.date().ok().flatten();
                                parts.written = Some(date.map(|d| d.to_string()).unwrap_or_default());
                            }));
                        } else if let Some(p) = precision_named(&value) {
                            change_precision(Box::new(move |parts| {
                                parts.written = None;
                                parts.precision = p;
                            }));
                        }
                    }>
                        {precisions}
                        <option value=WRITTEN.0 selected=as_written>{WRITTEN.1}</option>
                    </select>
                </div>
                <div class="field" hidden=move || !as_written()>
                    <label for=written_id.clone()>{editor_form::date_as_written()}</label>
                    <input id=written_id type="text" size="20" spellcheck="false"
                        aria-describedby=error_id.clone()
                        prop:value=move || parts.with(|p| p.written.clone().unwrap_or_default())
                        on:input=move |ev| {
                            let written = event_target_value(&ev);
                            change_written(Box::new(move |parts| parts.written = Some(written)));
                        } />
                </div>
                <div class="field" hidden=as_written>
                    <label for=key.clone()>{editor_form::year()}</label>
                    <input id=key.clone() type="text" inputmode="numeric" size="6"
                        aria-describedby=error_id.clone()
                        prop:value=move || parts.with(|p| p.year.clone())
                        on:input=move |ev| {
                            let year = event_target_value(&ev);
                            change_year(Box::new(move |parts| parts.year = year));
                        } />
                </div>
                <div class="field" hidden=move || !in_parts(&[Precision::Day, Precision::Month])>
                    <label for=month_id.clone()>{editor_form::month()}</label>
                    <select id=month_id on:change=move |ev| {
                        if let Ok(month) = event_target_value(&ev).parse::<u8>() {
                            change_month(Box::new(move |parts| parts.month = month));
                        }
                    }>{months}</select>
                </div>
                <div class="field" hidden=move || !in_parts(&[Precision::Day])>
                    <label for=day_id.clone()>{editor_form::day()}</label>
                    <input id=day_id type="text" inputmode="numeric" size="3"
                        prop:value=move || parts.with(|p| p.day.clone())
                        on:input=move |ev| {
                            let day = event_target_value(&ev);
                            change(Box::new(move |parts| parts.day = day));
                        } />
                </div>
                <div class="field" hidden=move || !in_parts(&[Precision::Season])>
                    <label for=season_id.clone()>{editor_form::season()}</label>
                    <select id=season_id on:change=move |ev| {
                        if let Some(season) = season_named(&event_target_value(&ev)) {
                            change_season(Box::new(move |parts| parts.season = season));
                        }
                    }>{seasons}</select>
                </div>
            </div>
            <p class="field-error" id=error_id aria-live="polite">{move || error.get()}</p>
        </fieldset>
    }
}
