//! The ids of imported slides and groups. A slide keeps the `unique_id` its file gives; a
//! second slide with the same id gets another, with a warning, as TimelineJS gives it one; a
//! slide without one gets an id made from its name and its place in the list. No id repeats.

use std::collections::{HashMap, HashSet};

use crate::core::load::problem::Problem;
use crate::locale::import;

/// The ids given and taken so far among a file's events.
pub(crate) struct SlideIds {
    taken: HashSet<String>,
    /// The first slide that gives each id, which keeps it.
    owners: HashMap<String, usize>,
}

impl SlideIds {
    /// Every slide's given id, in order, so a made-up id never takes one a later slide gives.
    pub(crate) fn new(given: impl Iterator<Item = Option<String>>) -> SlideIds {
        let mut owners = HashMap::new();
        for (i, id) in given.enumerate() {
            if let Some(id) = id {
                owners.entry(id).or_insert(i);
            }
        }
        SlideIds {
            taken: owners.keys().cloned().collect(),
            owners,
        }
    }

    /// The id of slide `i`, which gives `given` (its `unique_id`, at `at`) and is called
    /// `name`.
    pub(crate) fn id(
        &mut self,
        i: usize,
        given: Option<String>,
        name: &str,
        at: &str,
        problems: &mut Vec<Problem>,
    ) -> String {
        let Some(given) = given else {
            let base = match slug(name) {
                s if s.is_empty() => format!("event-{}", i + 1),
                s => format!("{s}-{}", i + 1),
            };
            return claim(&mut self.taken, base);
        };
        match self.owners.get(&given) {
            Some(&owner) if owner != i => {
                let id = claim(&mut self.taken, given.clone());
                problems.push(Problem::warning(at, import::id_taken(owner, &given, &id)));
                id
            }
            _ => given,
        }
    }
}

/// A lowercase id from words: letters and digits (any script) kept, runs of anything else
/// turned into one `-`, at most 48 characters.
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let cut: String = out.chars().take(48).collect();
    cut.trim_end_matches('-').to_string()
}

/// `base`, or `base-2`, `base-3`… whichever is free first; the id is then taken.
pub(crate) fn claim(taken: &mut HashSet<String>, base: String) -> String {
    let id = (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken.contains(id))
        .unwrap_or(base);
    taken.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_of_any_script() {
        assert_eq!(slug("The Battle of Inchon!"), "the-battle-of-inchon");
        assert_eq!(slug("  --Kim Il-sung's  return-- "), "kim-il-sung-s-return");
        assert_eq!(slug("한국 전쟁"), "한국-전쟁");
        assert_eq!(slug("!!!"), "");
        assert_eq!(slug(&"a".repeat(60)).len(), 48);
    }

    #[test]
    fn claimed_ids_never_repeat() {
        let mut taken: HashSet<String> = ["war-1".to_string()].into();
        assert_eq!(claim(&mut taken, "war-1".to_string()), "war-1-2");
        assert_eq!(claim(&mut taken, "war-1".to_string()), "war-1-3");
        assert_eq!(claim(&mut taken, "peace".to_string()), "peace");
    }

    #[test]
    fn a_repeated_id_is_renamed_and_the_first_keeps_it() {
        let given = [Some("same"), Some("same"), None, Some("same-2")];
        let mut ids = SlideIds::new(given.iter().map(|g| g.map(str::to_string)));
        let mut problems = Vec::new();
        let mut id = |i: usize, name: &str| {
            ids.id(
                i,
                given[i].map(str::to_string),
                name,
                &format!("events[{i}].unique_id"),
                &mut problems,
            )
        };
        assert_eq!(
            [id(0, "A"), id(1, "B"), id(2, "Same"), id(3, "D")],
            ["same", "same-3", "same-3-2", "same-2"].map(String::from)
        );
        assert_eq!(
            problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["warning: events[1].unique_id: events[0] has the id “same” too, so this slide's id \
              is “same-3”, as TimelineJS gives it another"]
        );
    }
}
