/** Icons for voice and media controls, drawn like components/Icons.tsx (stroke, 20 px, decorative). */
import { Svg } from '../../components/Icons.tsx';

export const IconMic = () => (
  <Svg>
    <rect x="9" y="3" width="6" height="11" rx="3" />
    <path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21" />
  </Svg>
);
export const IconMicOff = () => (
  <Svg>
    <path d="M15 9.5V6a3 3 0 0 0-5.7-1.3M9 9v2a3 3 0 0 0 4.6 2.5" />
    <path d="M5.5 11a6.5 6.5 0 0 0 10.6 5M18.5 11a6.4 6.4 0 0 1-.4 2.2M12 17.5V21M4 4l16 16" />
  </Svg>
);
export const IconPaperclip = () => (
  <Svg>
    <path d="M20 11.5l-7.8 7.8a5 5 0 0 1-7.1-7.1l8.2-8.2a3.4 3.4 0 0 1 4.8 4.8l-8.2 8.2a1.7 1.7 0 0 1-2.4-2.4l7.5-7.5" />
  </Svg>
);
export const IconWave = () => (
  <Svg>
    <path d="M3 12h2M7 8v8M11 5v14M15 8v8M19 11v2" />
  </Svg>
);
export const IconSpeaker = () => (
  <Svg>
    <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" />
    <path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" />
  </Svg>
);
export const IconStopSquare = () => (
  <Svg>
    <rect x="7" y="7" width="10" height="10" rx="1.5" />
  </Svg>
);
export const IconX = () => (
  <Svg>
    <path d="M7 7l10 10M17 7L7 17" />
  </Svg>
);
export const IconFilm = () => (
  <Svg>
    <rect x="3.5" y="5" width="17" height="14" rx="2" />
    <path d="M7.5 5v14M16.5 5v14M3.5 9.5h4M3.5 14.5h4M16.5 9.5h4M16.5 14.5h4" />
  </Svg>
);
