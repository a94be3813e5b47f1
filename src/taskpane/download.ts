/**
 * Saves text as a file from the task pane: a Blob and a temporary link with `download`, so the
 * report is made and saved on this machine only (nothing is sent anywhere). Some Excel desktop
 * webviews ignore downloads; the report sheet (导出报告) works everywhere.
 */

/** `校验报告-20250301-0800.csv`: the date and time in the user's time zone. */
export function reportFileName(base: string, extension: string, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `${base}-${stamp}.${extension}`;
}

export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked after the click has been handled, so the download can start.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
