window.cti = DialpadCti.mount('#phone', {url: new URLSearchParams(location.search).get('cti') + '/test-pages/frame.html'});
