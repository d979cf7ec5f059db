import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Root } from './shell/Root';
import './global.css';

dayjs.locale('zh-cn');

const container = document.getElementById('root');
if (!container) throw new Error('页面缺少 #root 容器');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
