// Waiting for the browser to render a frame: DOM changes made before it are styled and painted
// in it, so changes spread over several frames never add up to one long rendering task.
// A hidden page renders nothing (and runs no animation frames): it does not wait there, nor
// longer than `timeoutMs` anywhere (a page that stops rendering must not stop kjwatch).

export function afterNextFrame(doc: Document, timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    if (doc.hidden) {
      setTimeout(resolve, 0);
      return;
    }
    const timer = setTimeout(resolve, timeoutMs);
    requestAnimationFrame(() => {
      // The frame's style, layout and paint run right after the animation-frame callbacks; a
      // message-channel task runs once they are done.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(timer);
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });
}
