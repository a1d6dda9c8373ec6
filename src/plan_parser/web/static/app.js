// A little script, no framework: poll a job's progress, and sort tables by a column.
"use strict";

function pollJob(box) {
  const url = box.dataset.statusUrl;
  const stages = ["đọc", "khôi phục", "phân tích", "so sánh"];
  const bar = document.getElementById("job-progress");
  const detail = document.getElementById("job-detail");
  const errorBox = document.getElementById("job-error");
  async function tick() {
    let job;
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      job = await response.json();
    } catch (e) {
      setTimeout(tick, 1500);
      return;
    }
    bar.value = job.percent;
    bar.textContent = job.percent + "%";
    // OCR of a long scan holds one stage for a minute; the clock shows the work is alive.
    detail.textContent = (job.detail || job.stage) + " · " + Math.round(job.elapsed_s) + " giây";
    const at = stages.indexOf(job.stage);
    box.querySelectorAll(".stages li").forEach((li, i) => {
      li.classList.toggle("current", i === at && job.status === "running");
      li.classList.toggle("done", i < at || job.status === "done");
    });
    if (job.status === "done") {
      window.location.assign(box.dataset.target);
    } else if (job.status === "failed") {
      errorBox.hidden = false;
      errorBox.textContent = "Không kiểm tra được — " + job.error.code + ": " + job.error.message +
        (job.error.hint ? " (" + job.error.hint + ")" : "");
    } else {
      setTimeout(tick, 400);
    }
  }
  tick();
}

function cellKey(row, index, numeric) {
  const cell = row.cells[index];
  if (!cell) return numeric ? -1 : "";
  const raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
  return numeric ? (raw === "" ? -1 : Number(raw)) : raw;
}

function makeSortable(table) {
  const headers = Array.from(table.tHead.rows[0].cells);
  headers.forEach((th, index) => {
    const button = th.querySelector("button");
    if (!button) return;
    button.addEventListener("click", () => {
      const numeric = th.dataset.sort === "number";
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach((other) => other.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const body = table.tBodies[0];
      const rows = Array.from(body.rows);
      const collator = new Intl.Collator("vi");
      rows.sort((a, b) => {
        const x = cellKey(a, index, numeric), y = cellKey(b, index, numeric);
        const order = numeric ? x - y : collator.compare(x, y);
        return ascending ? order : -order;
      });
      rows.forEach((row) => body.appendChild(row));
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const job = document.getElementById("job");
  if (job) pollJob(job);
  document.querySelectorAll("table.sortable").forEach(makeSortable);
});
