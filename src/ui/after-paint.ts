/**
 * Work that can wait until the frame being made now is on screen (the turn's forecast, the world's week): it
 * runs in a task after the next two animation frames, so it neither delays that frame nor takes the processor
 * from painting it (on a two-core machine the forecast's 40 simulated futures ran beside the raster of End
 * turn's frame and held it back). Without animation frames (tests under Node): in the next task.
 */
export function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(task);
    return;
  }
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(task)));
}
