import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const server = 'http://localhost:5080';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    // The ASP.NET host serves these files at / with a fallback to index.html.
    outDir: '../engine/Platform.Server/wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-router'],
          antd: ['antd', '@ant-design/icons'],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': server,
      '/health': server,
      '/openapi': server,
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/__tests__/**/*.test.ts'],
  },
});
