//! Drafts kept in the browser's IndexedDB, through rexie: one record per draft (its JSON)
//! and one per entry of the drafts list, so the list opens without reading every draft.
//! Every failure is a `StorageProblem` the page can put in words; none stops the editor.

use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::JsValue;

use crate::core::author::draft::Draft;
use crate::core::author::draft_meta::{newest_first, DraftMeta};
use crate::core::author::storage_problem::StorageProblem;

const DATABASE: &str = "essay-timeline-editor";
const DRAFTS: &str = "drafts";
const LIST: &str = "draft-list";

/// A new draft's key: the time, and a random part so two tabs never share one.
pub fn new_draft_id() -> String {
    format!(
        "draft-{}-{}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 1e9) as u64
    )
}

fn problem(error: impl std::fmt::Debug) -> StorageProblem {
    StorageProblem::from_error_text(&format!("{error:?}"))
}

async fn open() -> Result<Rexie, StorageProblem> {
    Rexie::builder(DATABASE)
        .version(1)
        .add_object_store(ObjectStore::new(DRAFTS))
        .add_object_store(ObjectStore::new(LIST))
        .build()
        .await
        .map_err(problem)
}

/// Whether the browser lets this page keep drafts at all.
pub async fn check_available() -> Result<(), StorageProblem> {
    open().await.map(Rexie::close)
}

pub async fn save(meta: &DraftMeta, draft: &Draft) -> Result<(), StorageProblem> {
    let db = open().await?;
    let result = async {
        let tx = db
            .transaction(&[DRAFTS, LIST], TransactionMode::ReadWrite)
            .map_err(problem)?;
        let key = JsValue::from_str(&meta.id);
        let draft_json = serde_json::to_string(draft).map_err(problem)?;
        let meta_json = serde_json::to_string(meta).map_err(problem)?;
        let drafts = tx.store(DRAFTS).map_err(problem)?;
        drafts
            .put(&JsValue::from_str(&draft_json), Some(&key))
            .await
            .map_err(problem)?;
        let list = tx.store(LIST).map_err(problem)?;
        list.put(&JsValue::from_str(&meta_json), Some(&key))
            .await
            .map_err(problem)?;
        tx.done().await.map_err(problem).map(|_| ())
    }
    .await;
    db.close();
    result
}

/// The draft saved as `id`, if there is one.
pub async fn load(id: &str) -> Result<Option<Draft>, StorageProblem> {
    let db = open().await?;
    let result = async {
        let tx = db
            .transaction(&[DRAFTS], TransactionMode::ReadOnly)
            .map_err(problem)?;
        let stored = tx
            .store(DRAFTS)
            .map_err(problem)?
            .get(JsValue::from_str(id))
            .await
            .map_err(problem)?;
        // A record that does not read as a draft is treated as none, never as a crash.
        Ok(stored
            .and_then(|value| value.as_string())
            .and_then(|json| serde_json::from_str(&json).ok()))
    }
    .await;
    db.close();
    result
}

/// Every saved draft's entry, the last saved first.
pub async fn list() -> Result<Vec<DraftMeta>, StorageProblem> {
    let db = open().await?;
    let result = async {
        let tx = db
            .transaction(&[LIST], TransactionMode::ReadOnly)
            .map_err(problem)?;
        let values = tx
            .store(LIST)
            .map_err(problem)?
            .get_all(None, None)
            .await
            .map_err(problem)?;
        let mut metas: Vec<DraftMeta> = values
            .into_iter()
            .filter_map(|value| value.as_string())
            .filter_map(|json| serde_json::from_str(&json).ok())
            .collect();
        newest_first(&mut metas);
        Ok(metas)
    }
    .await;
    db.close();
    result
}

pub async fn delete(id: &str) -> Result<(), StorageProblem> {
    let db = open().await?;
    let result = async {
        let tx = db
            .transaction(&[DRAFTS, LIST], TransactionMode::ReadWrite)
            .map_err(problem)?;
        for store in [DRAFTS, LIST] {
            tx.store(store)
                .map_err(problem)?
                .delete(JsValue::from_str(id))
                .await
                .map_err(problem)?;
        }
        tx.done().await.map_err(problem).map(|_| ())
    }
    .await;
    db.close();
    result
}
