// The "print for the notice board" button: the browser's print dialog (the page's print styles
// lay it out on one A4 page with a QR code back to it).
document.querySelectorAll('.print-button').forEach(function (button) {
  button.addEventListener('click', function () {
    window.print();
  });
});
