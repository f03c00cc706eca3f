// spc: public exports of this area (listed on purpose).
export {};
