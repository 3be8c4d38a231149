import {useEffect} from 'react';
import {HEIGHT_MESSAGE_TYPE, type HeightMessage} from './embed-params';

/** Inside an iframe, tells the parent page the embed's height whenever it changes, so a
 * responsive snippet can size the frame to fit. The height is not secret, so any parent may
 * read it ('*'); the snippet's listener checks the sender before using it. */
export function usePostHeight(): void {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: HeightMessage = {type: HEIGHT_MESSAGE_TYPE, height};
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, []);
}
